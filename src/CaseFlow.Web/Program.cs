using CaseFlow;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseFlow();

var app = builder.Build();
app.MapCaseFlow();
await app.PrepareDatabaseAsync();

// `generate-history [from] [to] [scale]` fills the database with a case history instead of serving.
if (args is ["generate-history", .. var options])
    return await CaseFlow.Data.HistoryGenerator.CommandAsync(app.Services, options);

// `create-admin <user name> [--name 显示名]` creates the first administrator (password on standard input).
if (args is ["create-admin", .. var adminArgs])
    return await CaseFlow.Features.Users.UserCommands.CreateAdminAsync(app.Services, adminArgs, Console.In, Console.Out, Console.Error);

// `verify-history` checks every case's hash chain and names the first broken link of each.
if (args is ["verify-history", ..])
    return await CaseFlow.Workflows.HistoryCommands.VerifyAsync(app.Services, Console.Out);

// `backup FILE` and `restore FILE`: the whole database with its PDFs (see the README's "Security").
if (args is ["backup", var backupFile])
    return await CaseFlow.Data.BackupCommands.BackupAsync(app.Services, backupFile, Console.Out);
if (args is ["restore", var restoreFile])
    return await CaseFlow.Data.BackupCommands.RestoreAsync(app.Services, restoreFile, Console.Out);

app.Run();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
