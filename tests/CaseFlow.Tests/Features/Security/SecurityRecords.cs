using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Projects;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// A record of every kind an endpoint's route can name, each in the organisation that keeps it: an arbitration
/// case and a mediation case of the commission, a mediation case of 三埠, an inspection case, a project, its
/// warning and a blacklist listing of the brigade; and a user for the administrators' endpoints to act on.
/// </summary>
public sealed record SecurityRecords(
    long Arbitration, long CommissionMediation, long TownMediation, long Inspection, long Project, long Warning, long Listing,
    int Commission, int Town, int Brigade, int TargetUser)
{
    public static async Task<SecurityRecords> CreateAsync(CaseFlowApp app, int n, string targetUser)
    {
        var today = app.Clock.Today;
        async Task<JsonElement> Open(string user, string url, object body) =>
            await (await (await app.As(user)).PostAsJsonAsync(url, body, CaseFlowApp.Json)).Read(HttpStatusCode.Created);

        var arbitration = await Open("registrar", "/api/arbitration-cases", ApiRequests.Application(today, worker: n + 1, employer: n + 1));
        var commissionMediation = await Open("mediator", "/api/mediation-cases", ApiRequests.Application(today, worker: n + 2, employer: n + 2));
        var townMediation = await Open("mediator.sanbu", "/api/mediation-cases", ApiRequests.Application(today, worker: n + 3, employer: n + 3));
        var inspection = await Open("inspector", "/api/inspection-cases", new
        {
            receivedOn = today, source = "Hotline12345", summary = "拖欠工资",
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = $"安全测试工人{n}", idNumber = TestIds.Worker(n + 4), arrearsAmount = 8000m, arrearsFrom = "2026-08-01", arrearsTo = "2026-09-30" },
                new { role = "Respondent", kind = "Employer", name = $"开平市安全测试劳务有限公司{n}", creditCode = TestIds.Employer(n + 4) },
            },
        });
        var project = await Open("inspector", "/api/projects", new
        {
            name = $"开平市安全测试工程{n}", town = "sanbu", developerName = "开平市安全测试置业有限公司", generalContractorName = "广东安全测试建设集团有限公司",
            generalContractorCreditCode = TestIds.Employer(n + 5), contractValue = 1_000_000m, labourCostShare = 20m, startedOn = "2026-09-01",
            plannedCompletionOn = "2027-08-31", informationBoardPosted = true, informationBoardPostedOn = "2026-09-01", wagePayDay = 15,
        });
        var projectId = project.GetProperty("project").GetProperty("id").GetInt64();
        var inspectionId = inspection.GetProperty("id").GetInt64();
        var brigade = inspection.GetProperty("organisationId").GetInt32();
        var (warningId, listingId, userId) = await app.Query(async db =>
        {
            var warning = new ProjectWarning { ProjectId = projectId, Rule = WarningRules.NoBoard, Level = WarningLevel.Yellow, Subject = $"security {n}", Detail = "安全测试", RaisedOn = today, LastSeenOn = today };
            var listing = new BlacklistEntry
            {
                CaseId = inspectionId, OrganisationId = brigade, EmployerName = $"开平市安全测试劳务有限公司{n}", DecisionNumber = $"开人社失信〔2026〕第{n}号", Grounds = "安全测试",
                Unpaid = 8000m, Workers = 1, ListedOn = today, ExpiresOn = today.AddYears(3),
            };
            var registrar = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "registrar");
            var target = new User
            {
                UserName = targetUser, NormalizedUserName = targetUser.ToUpperInvariant(), DisplayName = "安全测试用户", Role = Role.Registrar,
                OrganisationId = registrar.OrganisationId, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.AddRange(warning, listing, target);
            await db.SaveChangesAsync();
            return (warning.Id, listing.Id, target.Id);
        });
        static int Organisation(JsonElement view) => view.GetProperty("organisationId").GetInt32();
        return new(arbitration.GetProperty("id").GetInt64(), commissionMediation.GetProperty("id").GetInt64(), townMediation.GetProperty("id").GetInt64(),
            inspectionId, projectId, warningId, listingId, Organisation(arbitration), Organisation(townMediation), brigade, userId);
    }
}
