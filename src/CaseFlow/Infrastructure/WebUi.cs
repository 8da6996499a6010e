using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Infrastructure;

/// <summary>
/// The web UI: Razor Pages in the feature folders beside what they show (<c>Features/Cases/Details.cshtml</c>),
/// served by the same application, on the same port and with the same services as the API.
/// </summary>
public static class WebUi
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AllowAnonymousToPage("/Auth/SignIn");
            options.Conventions.AllowAnonymousToPage("/Shared/Error");
            options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.EndpointMetadata.Add(Access.Administrators));
            // Each page's [Allow] rule, enforced by authorization as the API's are.
            options.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                foreach (var allow in page.HandlerType.GetCustomAttributes(typeof(AllowAttribute), inherit: true).Cast<AllowAttribute>())
                    page.EndpointMetadata.Add(allow.Access);
            });
        });
        // Chinese as characters in the HTML, not as &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CaseFlow.Antiforgery";
            options.FormFieldName = "__RequestVerificationToken";
        });
        return services;
    }

    /// <summary>
    /// Errors as the client reads them: problem details for the API (<see cref="ProblemExceptionHandler"/>,
    /// status code pages), a page in Chinese for everything else.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = e => ProblemExceptionHandler.IsDatabaseOutage(e) ? StatusCodes.Status503ServiceUnavailable
                : e is BadHttpRequestException bad ? bad.StatusCode
                : StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(http => SignIn.IsApi(http.Request), api => api.UseStatusCodePages());
        app.UseWhen(http => !SignIn.IsApi(http.Request), ui => ui.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }
}
