using System.Globalization;
using System.Text;
using CaseFlow.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseFlow.Features.Projects;

/// <summary>One line of a roster file: its number in the file (the header is line 1) and its cells by column name.</summary>
public sealed record RosterLine(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>A roster file as read: its header and its lines.</summary>
public sealed record RosterFile(IReadOnlyList<string> Header, IReadOnlyList<RosterLine> Lines)
{
    /// <summary>The required columns the header lacks; a file without them is refused before its rows are checked.</summary>
    public IEnumerable<string> MissingColumns => RosterImport.RequiredColumns.Where(c => !Header.Contains(c));
}

/// <summary>A roster row that passed every check.</summary>
public sealed record RosterEntry(int Line, string Name, string IdNumber, string? Trade, string? Crew, bool ContractSigned,
    string? WageCardBank, string? WageCardNumber, DateOnly EnteredOn, DateOnly? LeftOn);

/// <summary>
/// The real-name roster (实名制, 保障农民工工资支付条例 art. 28) as a file: CSV or XLSX with a header row
/// naming the columns in Chinese. Every row is checked; one wrong row refuses the whole file, and the report
/// names each wrong row and column.
/// </summary>
public static class RosterImport
{
    public const string Name = "姓名", IdNumber = "公民身份号码", Trade = "工种", Crew = "班组", Contract = "劳动合同",
        WageCardBank = "工资卡开户行", WageCardNumber = "工资卡号", EnteredOn = "进场日期", LeftOn = "退场日期";

    /// <summary>The columns, in the order a template lists them.</summary>
    public static readonly string[] Columns = [Name, IdNumber, Trade, Crew, Contract, WageCardBank, WageCardNumber, EnteredOn, LeftOn];
    public static readonly string[] RequiredColumns = [Name, IdNumber, EnteredOn];

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows one file may hold.</summary>
    public const int MostRows = 50_000;

    /// <summary>Reads a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks; UTF-8, with or without BOM).</summary>
    public static RosterFile ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return Lines(records);
    }

    /// <summary>Reads the first worksheet of an XLSX workbook with the Open XML SDK.</summary>
    public static RosterFile ReadXlsx(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("the workbook has no worksheet");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var records = new List<List<string>>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(Text(cell, shared));
            }
            var number = (int)(row.RowIndex?.Value ?? (uint)(records.Count + 1));
            while (records.Count < number - 1) records.Add([]);
            records.Add(cells);
        }
        return Lines(records);
    }

    /// <summary>
    /// A roster as an XLSX workbook in the import's own columns, every cell text (an identity number kept
    /// as a number would lose its last digits): the blank template a clerk fills in, or a project's roster.
    /// </summary>
    public static byte[] WriteXlsx(IEnumerable<ProjectWorker> workers)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            static Row Line(IEnumerable<string?> values) =>
                new(values.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v ?? "")) }));
            data.Append(Line(Columns));
            foreach (var w in workers)
                data.Append(Line([w.Name, w.IdNumber, w.Trade, w.Crew, w.ContractSigned ? "是" : "否", w.WageCardBank, w.WageCardNumber,
                    w.EnteredOn.ToString("yyyy-MM-dd"), w.LeftOn?.ToString("yyyy-MM-dd")]));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "实名制花名册" }));
        }
        return stream.ToArray();
    }

    static string Text(Cell cell, string[] shared)
    {
        var value = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index < shared.Length) return shared[index];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return value ?? "";
    }

    /// <summary>"C12" → 2.</summary>
    static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }

    static RosterFile Lines(List<List<string>> records)
    {
        if (records.Count == 0) return new([], []);
        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var lines = new List<RosterLine>();
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].All(string.IsNullOrWhiteSpace)) continue;
            var cells = new Dictionary<string, string>();
            for (var j = 0; j < header.Count && j < records[i].Count; j++)
                if (header[j].Length > 0) cells[header[j]] = records[i][j].Trim();
            lines.Add(new RosterLine(i + 1, cells));
        }
        return new(header, lines);
    }

    /// <summary>
    /// Checks every line; the errors are keyed <c>rows[line].column</c> so that a clerk finds the cell.
    /// An identity number twice in the file is an error on its second line.
    /// </summary>
    public static (List<RosterEntry> Entries, Dictionary<string, string[]> Errors) Check(IReadOnlyList<RosterLine> lines, DateOnly today)
    {
        var entries = new List<RosterEntry>();
        var errors = new Dictionary<string, string[]>();
        var seen = new Dictionary<string, int>();
        void Fail(int line, string column, string rule) => errors[$"rows[{line}].{column}"] = [rule];

        foreach (var line in lines)
        {
            string? Cell(string column) => line.Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
            var ok = true;
            void Bad(string column, string rule) { Fail(line.Number, column, rule); ok = false; }

            var name = Cell(Name);
            if (name is null) Bad(Name, "必须填写");
            else if (name.Length > 100) Bad(Name, "不能超过100个字符");
            var id = Cell(IdNumber)?.ToUpperInvariant();
            if (id is null) Bad(IdNumber, "必须填写");
            else if (ResidentIdNumber.Problem(id) is { } problem) Bad(IdNumber, id.Contains('E') ? "须以文本保存：数字格式会损失末几位" : problem);
            else if (seen.TryGetValue(id, out var earlier)) Bad(IdNumber, $"与第{earlier}行重复");
            else seen[id] = line.Number;
            var entered = Date(Cell(EnteredOn));
            if (Cell(EnteredOn) is null) Bad(EnteredOn, "必须填写");
            else if (entered is null) Bad(EnteredOn, "不是日期（如2026-03-01）");
            else if (entered > today) Bad(EnteredOn, "不能晚于今天");
            var left = Date(Cell(LeftOn));
            if (Cell(LeftOn) is not null && left is null) Bad(LeftOn, "不是日期（如2026-03-01）");
            else if (left is not null && entered is not null && left < entered) Bad(LeftOn, "不能早于进场日期");
            else if (left > today) Bad(LeftOn, "不能晚于今天");
            var contract = Cell(Contract);
            bool? signed = contract switch { null => false, "是" or "已签" or "已签订" or "Y" or "y" or "1" => true, "否" or "未签" or "未签订" or "N" or "n" or "0" => false, _ => null };
            if (signed is null) Bad(Contract, "填“是”或“否”");
            foreach (var (column, most) in new[] { (Trade, 50), (Crew, 100), (WageCardBank, 100), (WageCardNumber, 30) })
                if (Cell(column)?.Length > most) Bad(column, $"不能超过{most}个字符");
            if (Cell(WageCardNumber) is { } card && !card.All(char.IsAsciiDigit)) Bad(WageCardNumber, "只能是数字");
            if (ok)
                entries.Add(new RosterEntry(line.Number, name!, id!, Cell(Trade), Cell(Crew), signed!.Value, Cell(WageCardBank), Cell(WageCardNumber), entered!.Value, left));
        }
        return (entries, errors);
    }

    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    /// <summary>A date as a clerk writes it, or as Excel stores it (days since 1899-12-30).</summary>
    static DateOnly? Date(string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return null;
    }
}
