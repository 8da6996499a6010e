using System.Security.Claims;
using CaseFlow.Data;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Users;

/// <summary>
/// Every signed-in request is checked against the user's row: a token or cookie issued before the user's
/// password changed, before they were disabled, or before their role or organisation changed carries an
/// old security stamp and counts as no sign-in at all (ASVS 3.3.3) — on every instance at once, as the
/// stamp is in the database. A user given a password by an administrator may only change it.
/// </summary>
public sealed class SessionGate(RequestDelegate next)
{
    /// <summary>What a user who must change their password may still reach.</summary>
    static readonly string[] WhileChangingPassword = ["/api/auth/password", "/api/auth/me", "/account/password", "/signout", "/css", "/js", "/lib", "/favicon", "/error"];

    public async Task InvokeAsync(HttpContext http, IOptions<IdentityOptions> identity)
    {
        if (http.User.Identity?.IsAuthenticated != true || !int.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            await next(http);
            return;
        }
        // The database context is made for signed-in requests only: a static file or a health probe needs none.
        var db = http.RequestServices.GetRequiredService<CaseFlowDbContext>();
        var stamp = http.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DisabledAt, u.MustChangePassword }).SingleOrDefaultAsync(http.RequestAborted);
        if (row is null || row.DisabledAt is not null || stamp is null || row.SecurityStamp != stamp)
        {
            // Revoked: a page's cookie is removed and the user sent to sign in again; an API request goes on
            // as nobody's, so the usual rules answer it (401, or the answer open to all).
            if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                if (!SignIn.IsApi(http.Request))
                {
                    http.Response.Redirect("/signin?ended=true");
                    return;
                }
            }
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            http.Response.Headers["X-Session-Revoked"] = "1";
        }
        else if (row.MustChangePassword && !WhileChangingPassword.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            if (SignIn.IsApi(http.Request))
            {
                await Results.Problem(title: "The password must be changed first", statusCode: StatusCodes.Status403Forbidden,
                    detail: "an administrator set this user's password; choose a new one with POST /api/auth/password before anything else").ExecuteAsync(http);
                return;
            }
            http.Response.Redirect("/account/password");
            return;
        }
        await next(http);
    }
}
