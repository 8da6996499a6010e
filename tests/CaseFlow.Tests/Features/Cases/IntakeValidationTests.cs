using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>Bad input is a 400 problem naming the field and the rule, and nothing is stored.</summary>
public abstract class IntakeValidationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    async Task<JsonElement> Post(string json, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var client = await app.As("registrar");
        var before = await app.Query(db => db.Cases.CountAsync());
        var response = await client.PostAsync("/api/arbitration-cases", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Read(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await app.Query(db => db.Cases.CountAsync()));
        return problem;
    }

    static string Valid(Action<Dictionary<string, object?>>? change = null)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(ApiRequests.Application(new DateOnly(2026, 11, 2)), CaseFlowApp.Json))!;
        change?.Invoke(body);
        return JsonSerializer.Serialize(body);
    }

    static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task Malformed_json_is_refused()
    {
        var problem = await Post("{\"receivedOn\": \"2026-11-02\", \"parties\": [");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.StartsWith("parties", error.Name);
        Assert.Contains("not well-formed", error.Value[0].GetString());
    }

    [Fact]
    public async Task An_unknown_enum_value_is_refused_naming_the_field()
    {
        var json = Valid().Replace("\"UnpaidWages\"", "\"FreeLunch\"");
        var problem = await Post(json);
        Assert.Contains("unknown enum value", Errors(problem, "claims[0].type")[0]);
    }

    [Fact]
    public async Task An_id_number_with_a_wrong_check_digit_is_refused()
    {
        var good = TestIds.Worker(1);
        var bad = good[..17] + (good[17] == '1' ? '2' : '1');
        var problem = await Post(Valid().Replace(good, bad));
        Assert.Equal(["校验码不正确（GB 11643）"], Errors(problem, "parties[0].idNumber"));
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused()
    {
        var good = TestIds.Employer(1);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var problem = await Post(Valid().Replace(good, bad));
        Assert.Equal(["校验码不正确（GB 32100）"], Errors(problem, "parties[1].creditCode"));
    }

    [Fact]
    public async Task A_negative_amount_is_refused()
    {
        var problem = await Post(Valid().Replace("15600.50", "-1"));
        Assert.Equal(["不能为负数"], Errors(problem, "claims[0].amount"));
    }

    [Fact]
    public async Task An_empty_party_list_is_refused()
    {
        var problem = await Post(Valid(b => b["parties"] = Array.Empty<object>()));
        Assert.Equal(["须至少列明一名当事人"], Errors(problem, "parties"));
    }

    [Fact]
    public async Task A_missing_required_property_is_named()
    {
        var problem = await Post(Valid(b => b.Remove("claims")));
        Assert.Equal(["必须填写"], Errors(problem, "claims"));
    }

    [Fact]
    public async Task A_receipt_date_in_the_future_is_refused()
    {
        var problem = await Post(Valid(b => b["receivedOn"] = "2027-01-01"));
        Assert.Equal(["不能晚于今天"], Errors(problem, "receivedOn"));
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413()
    {
        var padding = new string('x', 1_100_000);
        var problem = await Post(Valid(b => b["summary"] = padding), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too large", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_valid_application_is_stored_with_its_parties_and_claims()
    {
        var client = await app.As("registrar");
        var response = await client.PostAsync("/api/arbitration-cases", new StringContent(Valid(), Encoding.UTF8, "application/json"));
        var created = await response.Read(HttpStatusCode.Created);
        var stored = await (await client.GetAsync(response.Headers.Location)).Read(HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetInt64(), stored.GetProperty("id").GetInt64());
        Assert.Equal(TestIds.Worker(1), stored.GetProperty("parties")[0].GetProperty("idNumber").GetString());
        Assert.Equal(15600.50m, stored.GetProperty("claims")[0].GetProperty("amount").GetDecimal());
        Assert.Equal(26000.50m, stored.GetProperty("totalClaimed").GetDecimal());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task An_action_with_an_unknown_name_is_404_listing_the_actions()
    {
        var client = await app.As("registrar");
        var created = await client.PostAsync("/api/arbitration-cases", new StringContent(Valid(), Encoding.UTF8, "application/json"));
        var problem = await client.Act(created.Headers.Location!.ToString(), "teleport", new { version = 1 }, HttpStatusCode.NotFound);
        Assert.Contains("accept", problem.GetProperty("knownActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_action_without_a_version_is_refused()
    {
        var client = await app.As("registrar");
        var created = await client.PostAsync("/api/arbitration-cases", new StringContent(Valid(), Encoding.UTF8, "application/json"));
        var problem = await client.Act(created.Headers.Location!.ToString(), "submit-for-review", new { }, HttpStatusCode.BadRequest);
        Assert.Contains("version", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}

public sealed class IntakeValidationTestsOnSqlite(SqliteApp app) : IntakeValidationTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class IntakeValidationTestsOnMariaDb(MariaDbApp app) : IntakeValidationTests<MariaDbApp>(app);
