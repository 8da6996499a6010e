using CaseFlow.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Infrastructure;

/// <summary>
/// Who is signed in: the API reads bearer tokens, the web UI a cookie. A request to <c>/api</c> is
/// authenticated by its bearer token; a GET or HEAD there without one may use the cookie (so that the
/// UI can link to a PDF or an export), but a write never does — the API has no antiforgery tokens,
/// so a cookie must not be enough to change anything through it.
/// </summary>
public static class SignIn
{
    public const string Scheme = "CaseFlow";

    public static IServiceCollection AddSignIn(this IServiceCollection services, Features.Users.SessionRules sessions)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token for the API, cookie for the web UI", options => options.ForwardDefaultSelector = Select)
            // Tokens expire on the wall clock, whatever the case clock (TimeProvider) says.
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.TimeProvider = TimeProvider.System;
                options.BearerTokenExpiration = TimeSpan.FromMinutes(sessions.BearerMinutes);
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "CaseFlow";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(sessions.CookieHours);
                options.SlidingExpiration = true;
                options.TimeProvider = TimeProvider.System;
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/error/403";
                // The API answers 401/403 itself; only pages are sent to the sign-in page.
                options.Events.OnRedirectToLogin = context => RedirectUnlessApi(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectUnlessApi(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddAccessPolicy();
        services.AddAccessRules();
        return services;
    }

    static string Select(HttpContext http)
    {
        var request = http.Request;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return IdentityConstants.BearerScheme;
        if (IsApi(request) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return IdentityConstants.BearerScheme;
        return IdentityConstants.ApplicationScheme;
    }

    /// <summary>Requests for the API and its description, answered with problem details rather than pages.</summary>
    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");

    static Task RedirectUnlessApi(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
