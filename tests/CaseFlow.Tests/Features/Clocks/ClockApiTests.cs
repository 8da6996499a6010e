using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Clocks;

public abstract class ClockApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static JsonElement ClockOf(JsonElement @case, string code) =>
        @case.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    async Task<JsonElement> Open(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await client.PostAsJsonAsync("/api/arbitration-cases", body, CaseFlowApp.Json)).Read(expected);

    [Fact]
    public async Task A_registrar_sees_the_acceptance_decision_due_after_the_national_day_holiday()
    {
        app.Clock.SetToday(new DateOnly(2025, 9, 26));
        var registrar = await app.As("registrar");

        var @case = await Open(registrar, ApiRequests.Application(app.Clock.Today, worker: 1100));

        var clock = ClockOf(@case, "acceptance");
        Assert.Equal("2025-10-10", clock.GetProperty("dueOn").GetString());
        Assert.Equal("running", clock.GetProperty("state").GetString());
        Assert.Equal(5, clock.GetProperty("daysLeft").GetInt32());
        Assert.Equal("WorkingDays", clock.GetProperty("unit").GetString());
        Assert.Equal("劳动争议调解仲裁法 art. 29", clock.GetProperty("legalBasis").GetString());
        Assert.Equal("受理审查期限", clock.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_worklist_shows_overdue_clocks_first_and_filters_by_kind_and_assignee()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var late = await Open(registrar, ApiRequests.Application(new DateOnly(2026, 10, 19), worker: 1200));
        var fresh = await Open(registrar, ApiRequests.Application(app.Clock.Today, worker: 1201));
        await (await (await app.As("mediator")).PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, worker: 1202), CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);

        var all = await (await registrar.GetAsync("/api/deadlines?withinDays=20")).Read(HttpStatusCode.OK);
        var items = all.EnumerateArray().ToList();
        var lateIndex = items.FindIndex(i => i.GetProperty("caseId").GetInt64() == late.GetProperty("id").GetInt64());
        var freshIndex = items.FindIndex(i => i.GetProperty("caseId").GetInt64() == fresh.GetProperty("id").GetInt64());
        Assert.True(lateIndex >= 0 && freshIndex > lateIndex, $"late at {lateIndex}, fresh at {freshIndex}");
        Assert.Equal("overdue", items[lateIndex].GetProperty("state").GetString());
        Assert.Equal("2026-10-26", items[lateIndex].GetProperty("dueOn").GetString());
        Assert.Equal(-5, items[lateIndex].GetProperty("daysLeft").GetInt32());
        Assert.Equal(items.Select(i => i.GetProperty("dueOn").GetString()).Order(), items.Select(i => i.GetProperty("dueOn").GetString()));
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "Mediation");

        var arbitrationOnly = await (await registrar.GetAsync("/api/deadlines?withinDays=20&kind=Arbitration")).Read(HttpStatusCode.OK);
        Assert.All(arbitrationOnly.EnumerateArray(), i => Assert.Equal("Arbitration", i.GetProperty("kind").GetString()));
        var mine = await (await registrar.GetAsync("/api/deadlines?withinDays=20&mine=true")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(mine.EnumerateArray(), i => i.GetProperty("kind").GetString() == "Mediation");
        Assert.Contains(mine.EnumerateArray(), i => i.GetProperty("caseId").GetInt64() == late.GetProperty("id").GetInt64());
        var brigade = await (await (await app.As("inspector")).GetAsync("/api/deadlines?withinDays=366")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(brigade.EnumerateArray(), i => i.GetProperty("kind").GetString() != "Inspection");
        // The bureau's analyst sees every organisation under the bureau (a list of them, a statement of its own): the commission's late case too.
        var bureau = await (await (await app.As("analyst")).GetAsync("/api/deadlines?withinDays=20")).Read(HttpStatusCode.OK);
        Assert.Contains(bureau.EnumerateArray(), i => i.GetProperty("caseId").GetInt64() == late.GetProperty("id").GetInt64());
        await (await registrar.GetAsync("/api/deadlines?withinDays=-1")).Read(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_administrator_loads_a_new_years_calendar_and_the_clocks_are_recomputed_on_it()
    {
        app.Clock.SetToday(new DateOnly(2026, 12, 28));
        var registrar = await app.As("registrar");
        var @case = await Open(registrar, ApiRequests.Application(app.Clock.Today, worker: 1300));
        var before = ClockOf(@case, "acceptance");
        Assert.Equal("2027-01-04", before.GetProperty("dueOn").GetString());
        Assert.Contains("2027", before.GetProperty("warnings")[0].GetString());

        var admin = await app.As("admin");
        var csv = "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n2027-01-03,holiday,元旦\n";
        await (await registrar.PutAsync("/api/admin/calendar/2027", new StringContent(csv, Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.Forbidden);
        await (await admin.PutAsync("/api/admin/calendar/2027", new StringContent("2027-13-01,holiday,x", Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.BadRequest);
        var wrongYear = await (await admin.PutAsync("/api/admin/calendar/2027", new StringContent("2026-12-31,holiday,x", Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.BadRequest);
        Assert.Contains("not in 2027", wrongYear.GetProperty("detail").GetString());
        var loaded = await (await admin.PutAsync("/api/admin/calendar/2027", new StringContent(csv, Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.OK);
        Assert.Equal(3, loaded.GetProperty("holidays").GetInt32());
        Assert.True(loaded.GetProperty("openCasesRecomputed").GetInt32() >= 1);

        var after = ClockOf(await (await registrar.GetAsync($"/api/arbitration-cases/{@case.GetProperty("id").GetInt64()}")).Read(HttpStatusCode.OK), "acceptance");
        // Monday 28 December 2026: 29, 30, 31, then 1–3 January off, Monday 4 and Tuesday 5.
        Assert.Equal("2027-01-05", after.GetProperty("dueOn").GetString());
        Assert.Empty(after.GetProperty("warnings").EnumerateArray());
        var year = await (await registrar.GetAsync("/api/calendar/2027")).Read(HttpStatusCode.OK);
        Assert.True(year.GetProperty("loaded").GetBoolean());
    }

    [Fact]
    public async Task Art27_an_application_past_the_limitation_is_registered_with_a_warning_per_claim_never_refused()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(ApiRequests.Application(app.Clock.Today, worker: 1400), CaseFlowApp.Json))!;
        body["employmentEndedOn"] = "2025-08-31";
        body["claims"] = new object[]
        {
            new { type = "UnpaidWages", amount = 8_000m },
            new
            {
                type = "EconomicCompensation", amount = 6_000m, knownOn = "2025-08-31",
                interruptions = new object[] { new { on = "2026-03-02", kind = "Relief", note = "向劳动监察大队投诉" } },
            },
        };

        var registered = await Open(registrar, body);
        var claims = registered.GetProperty("claims");
        Assert.Equal("Expired", claims[0].GetProperty("limitationStatus").GetString());
        Assert.Equal("2026-08-31", claims[0].GetProperty("limitationExpiresOn").GetString());
        Assert.Contains("晚63日", claims[0].GetProperty("limitationNote").GetString());
        Assert.Equal("Within", claims[1].GetProperty("limitationStatus").GetString());
        Assert.Equal("2027-03-02", claims[1].GetProperty("limitationExpiresOn").GetString());
        Assert.Contains("第1项请求（劳动报酬）可能已超过仲裁时效", registered.GetProperty("limitationNote").GetString());
        Assert.Equal("2025-08-31", registered.GetProperty("arbitration").GetProperty("employmentEndedOn").GetString());

        // The facts are checked like any field: none after the application was received.
        body["claims"] = new object[] { new { type = "UnpaidWages", amount = 8_000m, knownOn = "2026-12-01" } };
        var refused = await Open(registrar, body, HttpStatusCode.BadRequest);
        Assert.Equal("不能晚于收到申请之日", refused.GetProperty("errors").GetProperty("claims[0].knownOn")[0].GetString());
    }

    [Fact]
    public async Task A_complaint_past_the_two_year_limitation_needs_a_reason()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var body = new Dictionary<string, object?>
        {
            ["receivedOn"] = "2026-11-02", ["source"] = "WalkIn", ["summary"] = "2024年前拖欠工资", ["violationEndedOn"] = "2024-06-30",
            ["parties"] = new object[] { ApiRequests.Worker(1500), ApiRequests.Employer(1500) },
        };
        var client = await app.As("brigade.registrar");
        var warned = await (await client.PostAsJsonAsync("/api/inspection-cases", body, CaseFlowApp.Json)).Read(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("劳动保障监察条例 art. 20", warned.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task No_claim_is_marked_final_at_acceptance_since_art_47_reads_the_amount_awarded()
    {
        // The marks come with the award (FinalAwardTests); what was asked decides nothing.
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var body = new
        {
            receivedOn = app.Clock.Today,
            parties = new[] { ApiRequests.Worker(1600), ApiRequests.Employer(1600) },
            claims = new object[]
            {
                new { type = "UnpaidWages", amount = 22200m },
                new { type = "EconomicCompensation", amount = 22200.01m },
                new { type = "ConfirmEmploymentRelationship" },
            },
        };
        var url = (await registrar.PostAsJsonAsync("/api/arbitration-cases", body, CaseFlowApp.Json)).Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        var accepted = await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });

        Assert.All(accepted.GetProperty("claims").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("isFinal").ValueKind));
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("arbitration").GetProperty("finalAward").ValueKind);
    }
}

public sealed class ClockApiTestsOnSqlite(SqliteApp app) : ClockApiTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ClockApiTestsOnMariaDb(MariaDbApp app) : ClockApiTests<MariaDbApp>(app);
