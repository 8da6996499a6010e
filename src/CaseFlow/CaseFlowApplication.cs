using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Admin;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Auth;
using CaseFlow.Calendar;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Documents;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Features.Projects;
using CaseFlow.Features.Reports;
using CaseFlow.Features.Users;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow;

/// <summary>CaseFlow's services and endpoints: what Program.cs calls.</summary>
public static class CaseFlowApplication
{
    public static WebApplicationBuilder AddCaseFlow(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = Path.GetFullPath(configuration["CaseFlow:DataFolder"] ?? "data");
        Directory.CreateDirectory(dataFolder);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var seeds = Seeds.Locate(configuration["CaseFlow:SeedsFolder"]);

        services.AddSingleton(seeds);
        services.AddSingleton(database);
        services.AddSingleton(new WorkingCalendar([]));
        services.AddSingleton<ClockBook>();
        services.AddSingleton<OrganisationDirectory>();
        services.AddSingleton<ReferenceData>();
        services.AddSingleton(seeds.FinalAwardRules());
        services.AddSingleton(seeds.LimitationRules());
        services.AddSingleton(seeds.InterimAwardRules());
        services.AddSingleton(seeds.ConfirmationRules());
        services.AddSingleton(seeds.EnterpriseMediationRules());
        services.AddSingleton(seeds.GroupDisputeRules());
        services.AddSingleton(seeds.WarningRules());
        services.AddSingleton(seeds.EnforcementRules());
        // Demo mode runs on a clock a visitor can move forward; everywhere else, on the real one.
        if (configuration.GetValue<bool>("CaseFlow:Demo"))
        {
            services.AddSingleton<DemoTime>();
            services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DemoTime>());
        }
        else services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WorkflowServices(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<ClockBook>(),
            sp.GetRequiredService<FinalAwardRules>(), sp.GetRequiredService<LimitationRules>(), sp.GetRequiredService<InterimAwardRules>(), sp.GetRequiredService<ConfirmationRules>(), sp.GetRequiredService<EnterpriseMediationRules>(), sp.GetRequiredService<GroupDisputeRules>(), sp.GetRequiredService<Features.Projects.WarningRules>(), sp.GetRequiredService<EnforcementRules>(), sp.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        // Contexts are leased from a pool, their options built once: built per request (the default), the options alone
        // were 7% of the process's processor time in the load benchmark's empty requests (a CPU profile).
        services.AddDbContextPool<CaseFlowDbContext>(options => DatabaseSetup.Configure(options, database, dataFolder));
        services.AddDbContextPool<ReportingDbContext>(options =>
        {
            DatabaseSetup.Configure(options, database, dataFolder, readOnly: true);
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        services.AddScoped<ReplicaFreshness>();
        services.AddScoped<CaseServices>();

        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        // The framework's line per request carries the query string — a party's ID number in a search — and its
        // SQL lines the statements: neither goes to the log (ASVS 7.1.1). CaseFlow's own lines name cases by id.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        var accountPolicy = seeds.AccountPolicy();
        services.AddSingleton(accountPolicy);
        services.AddSingleton(new SignInThrottle(accountPolicy, TimeProvider.System));
        services.AddIdentityCore<User>(options =>
            {
                options.User.AllowedUserNameCharacters = "";
                accountPolicy.Apply(options);
            })
            .AddEntityFrameworkStores<CaseFlowDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CaseFlowClaimsFactory>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordValidator<User>, PolicyPasswordValidator>());
        services.AddScoped<IUserConfirmation<User>, EnabledUsersOnly>();
        services.AddSignIn(accountPolicy.Sessions);
        services.AddWebUi();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys"))).SetApplicationName("CaseFlow");

        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new TextInputConverter());
            // A member the request does not have is a mistake to report, not to drop: a misspelt field would
            // otherwise be stored as if it had been left out.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // What a request declares is what it needs: a missing constructor parameter or a null where the type
            // allows none is refused as the body's error, not read as a default.
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddSingleton<SqliteWriteGate>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>().AddSchemaTransformer<TextSchemaTransformer>());
        services.AddSingleton<IPdfRenderer>(sp => new ChromiumPdfRenderer(
            sp.GetRequiredService<ILogger<ChromiumPdfRenderer>>(), configuration["CaseFlow:Documents:Chromium"] ?? "/usr/bin/chromium",
            TimeSpan.FromSeconds(configuration.GetValue("CaseFlow:Documents:DeadlineSeconds", 60))));
        if (configuration.GetValue("CaseFlow:Documents:Render", true))
        {
            services.AddSingleton<DocumentProducer>();
            services.AddHostedService(sp => sp.GetRequiredService<DocumentProducer>());
        }
        if (configuration.GetValue("CaseFlow:Warnings:Daily", true))
            services.AddHostedService(sp => new Features.Projects.WarningScheduler(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(),
                TimeOnly.Parse(configuration["CaseFlow:Warnings:DailyAt"] ?? "01:00"), sp.GetRequiredService<ILogger<Features.Projects.WarningScheduler>>()));
        services.AddHostedService(sp => new ReferenceDataWatcher(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ReferenceData>(),
            TimeSpan.FromSeconds(configuration.GetValue("CaseFlow:ReferenceData:PollSeconds", 5.0)), sp.GetRequiredService<ILogger<ReferenceDataWatcher>>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapCaseFlow(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (app.Configuration.GetValue("CaseFlow:ServerTiming", app.Configuration.GetValue<bool>("CaseFlow:Demo"))) app.UseMiddleware<ServerTiming>();
        app.UseErrorPages();
        app.UseStaticFiles();
        // Routing after the error pages, so that a re-executed error finds its page.
        app.UseRouting();
        app.UseMiddleware<RequestLimits>();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "CaseFlow API");
            options.RoutePrefix = "api-docs";
            options.DocumentTitle = "CaseFlow API reference";
        });
        app.UseAuthentication();
        app.UseMiddleware<SessionGate>();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        Health.Map(app);

        var api = app.MapGroup("/api");
        api.AddEndpointFilter<NullItemFilter>();
        api.MapAuth();
        api.MapUsers();
        api.MapOpenArbitration();
        api.MapOpenMediation();
        api.MapOpenInspection();
        api.MapCaseEndpoints();
        api.MapProjects();
        api.MapWarnings();
        api.MapBlacklist();
        api.MapDeadlines();
        api.MapCalendar();
        api.MapClockDefinitions();
        api.MapLegalBasis();
        api.MapReports();
        api.MapPlans();
        api.MapTemplates();
        if (app.Configuration.GetValue<bool>("CaseFlow:Demo")) api.MapDemoTime();
        return app;
    }

    /// <summary>Applies migrations and loads the reference data; in demo mode, the demo users and cases.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CaseFlowDbContext>();
        var seeds = services.GetRequiredService<Seeds>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CaseFlow");

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(services.GetRequiredService<DatabaseOptions>().MigrationTimeoutMinutes));
        await db.Database.MigrateAsync();
        db.Database.SetCommandTimeout(null);
        await GaleraCluster.EnsureCausalReadsAsync(db);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await seeds.LoadOrganisationsAsync(db);
        await seeds.LoadClocksAsync(db);
        await seeds.LoadCalendarAsync(db);
        await seeds.LoadPlanAsync(db);
        await DocumentTemplates.SeedAsync(db, DocumentTemplates.Folder(seeds), DateTimeOffset.UtcNow);
        await services.GetRequiredService<ReferenceData>().RefreshAsync(db);
        var thisYear = services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).Year;
        await CaseNumbers.EnsureSequencesAsync(db, [thisYear - 1, thisYear, thisYear + 1]);
        if (await HistoryChain.SealUnsealedAsync(db) is > 0 and var sealedCases)
            logger.LogWarning("The histories of {Cases} cases recorded before the hash chain were sealed onto it now", sealedCases);

        if (app.Configuration.GetValue<bool>("CaseFlow:Demo"))
        {
            await seeds.LoadDemoUsersAsync(db, services.GetRequiredService<UserManager<User>>());
            var added = app.Configuration.GetValue("CaseFlow:DemoCases", true) ? await DemoData.LoadAsync(services) : 0;
            logger.LogInformation("Demo mode: {Cases} demo cases added; the demo users' password is in the README", added);
        }
    }
}
