using System.Net;
using System.Net.Http.Json;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// The headers of ASVS 14.4 on pages, API answers, problems, static files and error pages; no caching of what
/// is about cases and people; a document's HTML preview in a sandbox that fetches nothing; and an error that
/// says nothing of the code or the database behind it.
/// </summary>
public sealed class SecurityHeaderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    static void AssertHardened(HttpResponseMessage response, string what)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"), $"{what} names its server");
    }

    [Theory]
    [InlineData("/signin", HttpStatusCode.OK, true)]
    [InlineData("/api/public/blacklist", HttpStatusCode.OK, true)]
    [InlineData("/api/auth/me", HttpStatusCode.Unauthorized, true)]
    [InlineData("/api/arbitration-cases/999999", HttpStatusCode.Unauthorized, true)]
    [InlineData("/error/404", HttpStatusCode.NotFound, true)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK, true)]
    [InlineData("/css/caseflow.css", HttpStatusCode.OK, false)]
    public async Task Every_response_carries_the_security_headers_and_private_ones_are_not_cached(string path, HttpStatusCode status, bool isPrivate)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        AssertHardened(response, path);
        Assert.Equal(isPrivate, response.Headers.CacheControl?.NoStore == true);
    }

    [Fact]
    public async Task Signed_in_answers_are_not_cached_and_a_documents_preview_runs_sandboxed_fetching_nothing()
    {
        var registrar = await app.As("registrar");
        var created = await (await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, 9301, 9301), CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var list = await registrar.GetAsync("/api/arbitration-cases");
        AssertHardened(list, "the case list");
        Assert.True(list.Headers.CacheControl?.NoStore);

        var preview = await registrar.GetAsync($"/api/arbitration-cases/{created.GetProperty("id").GetInt64()}/documents/preview/acceptance-notice");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var csp = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.DocumentPolicy, csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("sandbox", csp);
        Assert.DoesNotContain("script-src", csp);
    }

    [Fact]
    public async Task A_request_the_server_cannot_read_gets_a_problem_without_code_or_sql_in_it()
    {
        var registrar = await app.As("registrar");
        var bad = await registrar.PostAsync("/api/arbitration-cases", new StringContent("{\"receivedOn\": \"2026-13-45\", \"parties\": [", System.Text.Encoding.UTF8, "application/json"));
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        foreach (var leak in new[] { "   at ", "Exception", "System.", "SELECT", "INSERT", "sqlite", "MySql", "CaseFlow.Features", ".cs:line" })
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
    }
}
