using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseFlow.Tests.Features.Projects;

/// <summary>
/// A project's record with its history, and its real-name roster (实名制, 保障农民工工资支付条例 art. 28)
/// imported from CSV and XLSX: every row checked, nothing imported when one is wrong.
/// </summary>
public abstract class ProjectLedgerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    const string Header = "姓名,公民身份号码,工种,班组,劳动合同,工资卡开户行,工资卡号,进场日期,退场日期";

    /// <summary>A valid resident ID number for roster worker <paramref name="n"/> of batch <paramref name="batch"/>, unique for n below 100,000.</summary>
    static string Id(int batch, int n)
    {
        var first17 = $"44078{batch % 10}{1960 + n / 28_000}{1 + batch % 12:00}{1 + n % 28:00}{n / 28 % 1000:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    static object Request(string name, int contractor, int? version = null, object[]? participants = null, string town = "changsha",
        string status = "UnderConstruction", bool board = true) => new
    {
        version, name, permitNumber = "440783202603150101", town, location = "开平市长沙街道港口路",
        contractValue = 48_000_000m, labourCostShare = 22.5m, startedOn = "2026-03-15", plannedCompletionOn = "2027-09-30", status,
        developerName = "开平市港湾置业有限公司", developerCreditCode = TestIds.Employer(contractor + 1),
        generalContractorName = "广东粤港建设集团有限公司", generalContractorCreditCode = TestIds.Employer(contractor),
        wageOfficerName = "陈志坚", wageOfficerPhone = "13926012345", informationBoardPosted = board, informationBoardPostedOn = board ? "2026-03-20" : null,
        wageAccount = "农民工工资专用账户 4400 5566", wageDeposit = 960_000m,
        participants = participants ?? new object[]
        {
            new { role = "Subcontractor", name = "江门市鸿基劳务有限公司", creditCode = TestIds.Employer(contractor + 2), leaderName = "黄伟", leaderPhone = "13800000001" },
            new { role = "LabourCrew", name = "钢筋班", leaderName = "李国强" },
        },
    };

    async Task<(HttpClient Inspector, long Id, JsonElement View)> Registered(string name, int contractor)
    {
        var inspector = await app.As("inspector");
        var view = await (await inspector.PostAsJsonAsync("/api/projects", Request(name, contractor), CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        return (inspector, view.GetProperty("project").GetProperty("id").GetInt64(), view);
    }

    static StringContent Csv(IEnumerable<string> rows) => new(string.Join("\r\n", rows.Prepend(Header)), Encoding.UTF8, "text/csv");

    [Fact]
    public async Task A_project_is_registered_with_its_participants_and_every_edit_is_kept_in_its_history()
    {
        var (inspector, id, view) = await Registered("开平市港湾花园一期", 700);
        var project = view.GetProperty("project");
        Assert.Equal(("changsha", 22.5m, true), (project.GetProperty("town").GetString(), project.GetProperty("labourCostShare").GetDecimal(), project.GetProperty("informationBoardPosted").GetBoolean()));
        var participants = project.GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal(["江门市鸿基劳务有限公司", "钢筋班"], participants.Select(p => p.GetProperty("name").GetString()));

        // Wrong edits are refused field by field and change nothing.
        var wrong = await (await inspector.PutAsJsonAsync($"/api/projects/{id}", Request("开平市港湾花园一期", 700, version: 1, town: "nowhere", status: "Completed"), CaseFlowApp.Json))
            .Read(HttpStatusCode.BadRequest);
        var errors = wrong.GetProperty("errors");
        Assert.True(errors.TryGetProperty("town", out _));
        Assert.True(errors.TryGetProperty("completedOn", out _));
        var crew = new { id = (long?)participants[1].GetProperty("id").GetInt64(), role = "LabourCrew", name = "钢筋班", leaderName = "李国明" };
        var edited = await (await inspector.PutAsJsonAsync($"/api/projects/{id}", Request("开平市港湾花园一期", 700, version: 1, participants: [crew], status: "Suspended", board: false), CaseFlowApp.Json))
            .Read(HttpStatusCode.OK);
        Assert.Equal(2, edited.GetProperty("project").GetProperty("version").GetInt32());
        Assert.Equal(["钢筋班"], edited.GetProperty("project").GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        await (await inspector.PutAsJsonAsync($"/api/projects/{id}", Request("开平市港湾花园一期", 700, version: 1), CaseFlowApp.Json)).Read(HttpStatusCode.Conflict);
        await (await (await app.As("mediator.sanbu")).PutAsJsonAsync($"/api/projects/{id}", Request("开平市港湾花园一期", 700, version: 2), CaseFlowApp.Json)).Read(HttpStatusCode.Forbidden);

        var history = await (await inspector.GetAsync($"/api/projects/{id}/history")).Read(HttpStatusCode.OK);
        Assert.Equal(["edit", "register"], history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var changes = history[0].GetProperty("changes");
        Assert.Equal(("UnderConstruction", "Suspended"), (changes.GetProperty("status").GetProperty("from").GetString(), changes.GetProperty("status").GetProperty("to").GetString()));
        Assert.False(changes.GetProperty("informationBoardPosted").GetProperty("to").GetBoolean());
        Assert.Contains("李国明", changes.GetProperty("participants").GetProperty("to").GetString());
        Assert.False(changes.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Art28_a_roster_of_five_thousand_rows_is_imported_from_csv_and_an_import_again_updates_by_identity_number()
    {
        var (inspector, id, _) = await Registered("开平市港湾花园二期", 710);
        var rows = Enumerable.Range(0, 5000).Select(n => $"工人{n},{Id(1, n)},{(n % 2 == 0 ? "钢筋工" : "木工")},{(n % 2 == 0 ? "钢筋班" : "木工班")},是,中国农业银行开平支行,6228480000{n:000000},2026-03-{1 + n % 28:00},").ToList();

        var imported = await (await inspector.PostAsync($"/api/projects/{id}/roster", Csv(rows))).Read(HttpStatusCode.OK);
        Assert.Equal((5000, 5000, 0, 5000), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("added").GetInt32(), imported.GetProperty("updated").GetInt32(), imported.GetProperty("onRoster").GetInt32()));

        // Two workers leave, one joins: the file names them again by identity number.
        var again = new[] { $"工人0,{Id(1, 0)},钢筋工,钢筋班,是,中国农业银行开平支行,6228480000000000,2026-03-01,2026-10-31", $"工人1,{Id(1, 1)},木工,木工班,否,,,2026-03-02,2026-11-02", $"新工人,{Id(2, 0)},杂工,,否,,,2026-10-20," };
        var updated = await (await inspector.PostAsync($"/api/projects/{id}/roster", Csv(again))).Read(HttpStatusCode.OK);
        Assert.Equal((3, 1, 2, 5001), (updated.GetProperty("rows").GetInt32(), updated.GetProperty("added").GetInt32(), updated.GetProperty("updated").GetInt32(), updated.GetProperty("onRoster").GetInt32()));

        var view = await (await inspector.GetAsync($"/api/projects/{id}")).Read(HttpStatusCode.OK);
        Assert.Equal((5001, 4999), (view.GetProperty("rosterWorkers").GetInt32(), view.GetProperty("onSite").GetInt32()));
        var roster = await (await inspector.GetAsync($"/api/projects/{id}/roster")).Read(HttpStatusCode.OK);
        var first = roster.EnumerateArray().Single(w => w.GetProperty("idNumber").GetString() == Id(1, 0));
        Assert.Equal("2026-10-31", first.GetProperty("leftOn").GetString());
        var masked = await (await (await app.As("brigade.registrar")).GetAsync($"/api/projects/{id}/roster")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(masked.EnumerateArray(), w => w.GetProperty("idNumber").GetString() == Id(1, 0));
    }

    [Fact]
    public async Task Art28_a_roster_of_more_than_a_megabyte_is_taken_and_a_file_beyond_the_upload_limit_is_refused()
    {
        var (inspector, id, _) = await Registered("开平市港湾花园五期", 740);
        var rows = Enumerable.Range(0, 12_000).Select(n => $"工人{n},{Id(5, n)},钢筋工,钢筋班,是,中国农业银行开平支行,6228480000{n:000000},2026-03-{1 + n % 28:00},").ToList();
        var csv = Csv(rows);
        Assert.True((await csv.ReadAsByteArrayAsync()).Length > 1024 * 1024);
        var imported = await (await inspector.PostAsync($"/api/projects/{id}/roster", csv)).Read(HttpStatusCode.OK);
        Assert.Equal(12_000, imported.GetProperty("added").GetInt32());

        var huge = new ByteArrayContent(new byte[17 * 1024 * 1024]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await inspector.PostAsync($"/api/projects/{id}/roster", huge)).StatusCode);
        var tooLarge = new StringContent(new string('x', 2 * 1024 * 1024), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await inspector.PostAsync("/api/projects", tooLarge)).StatusCode);
    }

    [Fact]
    public async Task Art28_one_wrong_row_refuses_the_whole_file_and_the_report_names_each_row_and_column()
    {
        var (inspector, id, _) = await Registered("开平市港湾花园三期", 720);
        var good = $"工人A,{Id(3, 1)},木工,木工班,是,,,2026-04-01,";
        var badCheck = Id(3, 2)[..17] + (Id(3, 2)[17] == '1' ? '2' : '1');
        var rows = new[]
        {
            good,                                                             // line 2
            $"工人B,{badCheck},木工,木工班,是,,,2026-04-01,",                   // line 3: check character
            $"工人C,{Id(3, 3)},木工,木工班,也许,,,2026-04-01,",                   // line 4: contract neither yes nor no
            $"工人D,{Id(3, 1)},木工,木工班,是,,,2026-04-01,",                   // line 5: the same person as line 2
            $"工人E,{Id(3, 5)},木工,木工班,是,,,,",                              // line 6: no entry date
            $"工人F,{Id(3, 6)},木工,木工班,是,,,2026-04-10,2026-04-01",         // line 7: left before entering
            $",{Id(3, 7)},木工,木工班,是,,,2026-04-01,",                         // line 8: no name
            $"工人H,{Id(3, 8)},木工,木工班,是,,62284800x1,2026-04-01,",           // line 9: card not digits
        };
        var refused = await (await inspector.PostAsync($"/api/projects/{id}/roster", Csv(rows))).Read(HttpStatusCode.BadRequest);
        var errors = refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["rows[3].公民身份号码", "rows[4].劳动合同", "rows[5].公民身份号码", "rows[6].进场日期", "rows[7].退场日期", "rows[8].姓名", "rows[9].工资卡号"], errors);
        Assert.Contains("与第2行重复", refused.GetProperty("errors").GetProperty("rows[5].公民身份号码")[0].GetString());

        var noColumn = await (await inspector.PostAsync($"/api/projects/{id}/roster", new StringContent("姓名,工种\r\n张三,木工", Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.BadRequest);
        Assert.Contains("公民身份号码", noColumn.GetProperty("errors").GetProperty("file")[0].GetString());
        await (await inspector.PostAsync($"/api/projects/{id}/roster", new StringContent("{}", Encoding.UTF8, "application/json"))).Read(HttpStatusCode.BadRequest);

        var view = await (await inspector.GetAsync($"/api/projects/{id}")).Read(HttpStatusCode.OK);
        Assert.Equal(0, view.GetProperty("rosterWorkers").GetInt32());
        Assert.Equal(["register"], (await (await inspector.GetAsync($"/api/projects/{id}/history")).Read(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    /// <summary>An XLSX roster as a spreadsheet program writes one: shared strings, a date as a serial number, an identity number typed as a number.</summary>
    static byte[] Xlsx(IEnumerable<object[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var values in rows.Prepend(Header.Split(',')))
            {
                r++;
                var row = new Row { RowIndex = r };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    if (values[c] is double number) row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                    else if (values[c] is string text && text.Length > 0)
                    {
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) });
                    }
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "花名册" }));
        }
        return stream.ToArray();
    }

    static ByteArrayContent XlsxContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }

    [Fact]
    public async Task Art28_an_xlsx_roster_is_read_with_its_dates_and_an_identity_number_typed_as_a_number_is_refused()
    {
        var (inspector, id, _) = await Registered("开平市港湾花园四期", 730);
        // 46113 is 2026-04-01 as a spreadsheet stores the day.
        var rows = Enumerable.Range(0, 5000).Select(n => new object[] { $"工人{n}", Id(4, n), "泥水工", "泥水班", "是", "", "", n % 2 == 0 ? 46113d : "2026-04-02", "" }).ToList();
        var imported = await (await inspector.PostAsync($"/api/projects/{id}/roster", XlsxContent(Xlsx(rows)))).Read(HttpStatusCode.OK);
        Assert.Equal(5000, imported.GetProperty("added").GetInt32());
        var roster = await (await inspector.GetAsync($"/api/projects/{id}/roster")).Read(HttpStatusCode.OK);
        Assert.Equal("2026-04-01", roster.EnumerateArray().Single(w => w.GetProperty("idNumber").GetString() == Id(4, 0)).GetProperty("enteredOn").GetString());

        // The roster exported as a workbook reads back as the same workers; the blank template has the columns alone.
        var exported = await (await inspector.GetAsync($"/api/projects/{id}/roster.xlsx")).Content.ReadAsByteArrayAsync();
        var again = await (await inspector.PostAsync($"/api/projects/{id}/roster", XlsxContent(exported))).Read(HttpStatusCode.OK);
        Assert.Equal((5000, 0, 5000), (again.GetProperty("rows").GetInt32(), again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()));
        var template = await (await inspector.GetAsync("/api/projects/roster-template.xlsx")).Content.ReadAsByteArrayAsync();
        var empty = await (await inspector.PostAsync($"/api/projects/{id}/roster", XlsxContent(template))).Read(HttpStatusCode.BadRequest);
        Assert.Contains("没有数据行", empty.GetProperty("errors").GetProperty("file")[0].GetString());
        await (await (await app.As("brigade.registrar")).GetAsync($"/api/projects/{id}/roster.xlsx")).Read(HttpStatusCode.Forbidden);

        var typed = new[] { new object[] { "工人X", 4.40783199004011E+17, "泥水工", "", "是", "", "", "2026-04-01", "" } };
        var refused = await (await inspector.PostAsync($"/api/projects/{id}/roster", XlsxContent(Xlsx(typed)))).Read(HttpStatusCode.BadRequest);
        Assert.Contains("须以文本保存", refused.GetProperty("errors").GetProperty("rows[2].公民身份号码")[0].GetString());
        await (await inspector.PostAsync($"/api/projects/{id}/roster", XlsxContent([1, 2, 3]))).Read(HttpStatusCode.BadRequest);
    }
}

public sealed class ProjectLedgerTestsOnSqlite(SqliteApp app) : ProjectLedgerTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ProjectLedgerTestsOnMariaDb(MariaDbApp app) : ProjectLedgerTests<MariaDbApp>(app);
