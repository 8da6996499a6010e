using Microsoft.AspNetCore.Http;

namespace CaseFlow.Infrastructure;

/// <summary>
/// The headers every response carries (ASVS 14.4): a Content-Security-Policy that allows only this site's own
/// files — no inline script, no style sheet from elsewhere (style attributes stay, as the charts' tooltips and
/// the API reference set them), no framing by another site — and nosniff, a same-origin referrer, no framing,
/// no powerful browser features; no caching of pages, API answers and documents (ASVS 8.2.1); HSTS when
/// served over HTTPS. The server banner is switched off in Kestrel's options.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference (Swagger UI), which writes a style element of its own: inline style, still no inline script.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// A document's HTML (a draft preview): its own inline styles and embedded images only, nothing fetched, no
    /// script, in a sandbox — a party's name or an uploaded template cannot reach out from it.
    /// </summary>
    public const string DocumentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>Content types that are never stored by a browser or a proxy: what a page or the API says about cases and people.</summary>
    static readonly string[] Private = ["text/html", "application/json", "application/problem+json", "application/pdf", "text/csv", "application/vnd.openxmlformats"];

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api-docs") ? ApiReferencePolicy : Policy;
            if (http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            var type = http.Response.ContentType ?? "";
            if (Private.Any(p => type.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>Marks the response as a document's HTML, under <see cref="DocumentPolicy"/>.</summary>
    public static void AsDocument(HttpResponse response) => response.Headers.ContentSecurityPolicy = DocumentPolicy;
}
