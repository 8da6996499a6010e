using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Users;
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

        auth.MapPost("login", async Task<IResult> (LoginRequest request, HttpContext http, SignInManager<User> signIn, CaseFlowDbContext db, SignInThrottle throttle) =>
            {
                if (string.IsNullOrWhiteSpace(request.UserName)) return Problems.Invalid("userName", "is required");
                if (string.IsNullOrEmpty(request.Password)) return Problems.Invalid("password", "is required");
                // The bearer handler writes { tokenType, accessToken, expiresIn, refreshToken } on success.
                var outcome = await SignInAttempt.RunAsync(http, signIn, db, throttle, request.UserName.Trim(), request.Password, IdentityConstants.BearerScheme);
                if (outcome.Succeeded) return TypedResults.Empty;
                if (outcome.RetryAfter is { } wait) http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
                return TypedResults.Problem(title: outcome.Status == StatusCodes.Status429TooManyRequests ? "Too many failed sign-ins" : "Sign-in failed",
                    detail: outcome.Message, statusCode: outcome.Status);
            })
            .AllowAnonymous()
            .WithSummary("Returns a bearer token (accessToken) for userName and password");

        auth.MapGet("me", async (HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                var found = await db.Users.Include(u => u.Organisation).SingleAsync(u => u.Id == user.Id);
                return TypedResults.Ok(new Me(found.Id, found.UserName!, found.DisplayName, found.Role, found.OrganisationId, found.Organisation!.Name));
            })
            .Allow(Access.SignedIn)
            .WithSummary("The signed-in user, their role and organisation");
    }
}
