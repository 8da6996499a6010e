using System.Net;
using CaseFlow.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Support;

/// <summary>A CaseFlow a browser can reach: served by Kestrel on a free loopback port, with the demo cases, printing documents.</summary>
public interface IBrowserApp
{
    Uri Address { get; }
    TestClock Clock { get; }
    DatabaseProvider ProviderName { get; }
}

static class Kestrel
{
    /// <summary>Serves the factory's app on 127.0.0.1 and answers with its address.</summary>
    public static Uri Serve<T>(WebApplicationFactory<T> factory) where T : class
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}

public sealed class SqliteBrowserApp : SqliteApp, IBrowserApp
{
    Uri? address;
    protected override bool DemoCases => true;
    protected override bool RenderDocuments => true;
    public Uri Address => address ??= Kestrel.Serve(this);
    public DatabaseProvider ProviderName => Provider;
}

public sealed class MariaDbBrowserApp : MariaDbApp, IBrowserApp
{
    Uri? address;
    protected override bool DemoCases => true;
    protected override bool RenderDocuments => true;
    public Uri Address => address ??= Kestrel.Serve(this);
    public DatabaseProvider ProviderName => Provider;
}
