using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Auth;

public sealed record LoginRequest(string UserName, string Password);

public sealed record Me(int Id, string UserName, string DisplayName, Role Role, int OrganisationId, string OrganisationName);

/// <summary>Signs a user in with name and password and answers with a bearer token.</summary>
public static class Login
{
    public static void MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("auth").WithTags("auth");

        auth.MapPost("login", async Task<IResult> (LoginRequest request, SignInManager<User> signIn) =>
            {
                if (string.IsNullOrWhiteSpace(request.UserName)) return Problems.Invalid("userName", "is required");
                if (string.IsNullOrEmpty(request.Password)) return Problems.Invalid("password", "is required");
                // The bearer handler writes { tokenType, accessToken, expiresIn, refreshToken } on success.
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.IsLockedOut)
                    return TypedResults.Problem(title: "Account locked", detail: "too many failed sign-ins; try again later", statusCode: StatusCodes.Status401Unauthorized);
                return result.Succeeded
                    ? TypedResults.Empty
                    : TypedResults.Problem(title: "Sign-in failed", detail: "unknown user name or wrong password", statusCode: StatusCodes.Status401Unauthorized);
            })
            .AllowAnonymous()
            .WithSummary("Returns a bearer token (accessToken) for userName and password");

        auth.MapGet("me", async (HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                var found = await db.Users.Include(u => u.Organisation).SingleAsync(u => u.Id == user.Id);
                return TypedResults.Ok(new Me(found.Id, found.UserName!, found.DisplayName, found.Role, found.OrganisationId, found.Organisation!.Name));
            })
            .WithSummary("The signed-in user, their role and organisation");
    }
}
