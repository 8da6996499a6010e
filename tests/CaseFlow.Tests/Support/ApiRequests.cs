using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseFlow.Tests.Support;

/// <summary>Request bodies and response reading shared by the HTTP tests.</summary>
public static class ApiRequests
{
    public static object Worker(int n, bool representative = false) => new
    {
        role = "Applicant", kind = "Worker", name = $"劳动者{n}", idNumber = TestIds.Worker(n), phone = "13800000000", isRepresentative = representative,
    };

    public static object Employer(int n) => new
    {
        role = "Respondent", kind = "Employer", name = $"开平市测试建筑工程有限公司{n}", creditCode = TestIds.Employer(n), address = "开平市三埠街道",
    };

    public static object Application(DateOnly receivedOn, int worker = 1, int employer = 1) => new
    {
        receivedOn,
        summary = "被申请人拖欠2026年7月至9月工资",
        parties = new[] { Worker(worker), Employer(employer) },
        claims = new object[]
        {
            new { type = "UnpaidWages", amount = 15600.50m, periodFrom = "2026-07-01", periodTo = "2026-09-30", wageStandard = 5200m },
            new { type = "EconomicCompensation", amount = 10400m },
            new { type = "ConfirmEmploymentRelationship" },
        },
    };

    public static async Task<JsonElement> Read(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> Act(this HttpClient client, string caseUrl, string action, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync($"{caseUrl}/actions/{action}", body, CaseFlowApp.Json)).Read(expected);

    public static int Version(this JsonElement @case) => @case.GetProperty("version").GetInt32();
    public static string State(this JsonElement @case) => @case.GetProperty("state").GetString()!;
}
