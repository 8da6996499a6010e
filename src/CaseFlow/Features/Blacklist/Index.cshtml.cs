using CaseFlow.Domain;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Shared;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Features.Blacklist;

/// <summary>
/// 失信联合惩戒对象名单: the public list for anyone, and for the brigade every listing with its term, and
/// for the head the early removal on application.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(Data.CaseFlowDbContext db, WorkflowServices services) : UiPage
{
    public IReadOnlyList<PublicListing> Public { get; private set; } = [];
    public IReadOnlyList<ListingView> Kept { get; private set; } = [];
    public EnforcementRules Rules => services.Enforcement;
    public List<ErrorLink> Errors { get; } = [];
    public string? Notice { get; private set; }
    /// <summary>What the head typed into a removal that was refused, shown again beside the errors.</summary>
    public (long ListingId, string? Pledge, string? Reason)? Typed { get; private set; }
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public bool MayRemove => SignedIn && Inspection.BlacklistEndpoints.RemoveEarly.Admits(CurrentUser);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRemoveAsync(long listingId, string? pledge, string? reason)
    {
        if (!SignedIn) return Challenge();
        var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, () => BlacklistEndpoints.RemoveAsync(listingId, new RemovalRequest(pledge ?? "", reason ?? ""), HttpContext, db, services)));
        if (answer.Succeeded) Notice = "已提前移出名单。";
        Errors.AddRange(answer.Errors.SelectMany(e => e.Value.Select(message => new ErrorLink(e.Key == "id" ? $"l-{listingId}" : $"f-{e.Key}-{listingId}", message))));
        if (!answer.Succeeded && answer.Errors.Count == 0) Errors.Add(new ErrorLink($"l-{listingId}", answer.Problem?.Detail ?? "未能移出"));
        if (!answer.Succeeded) Typed = (listingId, pledge, reason);
        db.ChangeTracker.Clear();
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        Public = await BlacklistEndpoints.PublicAsync(db, WorkflowContext.TodayBy(services.Time));
        if (SignedIn && Inspection.BlacklistEndpoints.ReadGrades.Admits(CurrentUser))
            Kept = await BlacklistEndpoints.ListAsync(db, services, CurrentUser);
    }
}
