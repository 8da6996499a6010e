using CaseFlow;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseFlow();

var app = builder.Build();
app.MapCaseFlow();
await app.PrepareDatabaseAsync();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
