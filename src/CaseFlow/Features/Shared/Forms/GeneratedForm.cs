using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Features.Shared.Forms;

/// <summary>
/// A form generated from a request type's declared parameters (<see cref="ActionParameters.Describe"/>):
/// what it shows, what the user typed (kept, whatever happens), the errors beside each field, and the
/// binding of the posted fields back into the request the API takes. Fields are named by their JSON
/// path (<c>parties[0].idNumber</c>), so the API's problem details land beside the right input.
/// </summary>
public sealed partial class GeneratedForm(IReadOnlyList<ParameterInfo> parameters, IReadOnlyDictionary<PickSource, IReadOnlyList<ValueInfo>> picks)
{
    readonly Dictionary<string, List<string>> values = [];
    readonly Dictionary<string, int> rows = [];

    public IReadOnlyList<ParameterInfo> Parameters => parameters;
    public IReadOnlyDictionary<PickSource, IReadOnlyList<ValueInfo>> Picks => picks;
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>A problem that belongs to no field (the case changed, the action is no longer open, …).</summary>
    public List<string> FormErrors { get; } = [];

    public string? Value(string path) => values.TryGetValue(path, out var list) ? list.FirstOrDefault() : null;
    public IReadOnlyList<string> AllValues(string path) => values.TryGetValue(path, out var list) ? list : [];
    public bool HasValue(string path) => values.Keys.Any(k => k == path || k.StartsWith(path + "[", StringComparison.Ordinal) || k.StartsWith(path + ".", StringComparison.Ordinal));
    public void Set(string path, string? value) => values[path] = value is null ? [] : [value];

    /// <summary>How many rows a list of objects shows: its pick list's length, what was posted, or one.</summary>
    public int Rows(string path, ParameterInfo list) =>
        list.Pick is { } pick && picks.TryGetValue(pick, out var items) ? items.Count
        : rows.TryGetValue(path, out var n) ? n
        : Math.Max(1, PostedRows(path));

    public void SetRows(string path, int count) => rows[path] = count;

    public void Load(IFormCollection form)
    {
        foreach (var (key, value) in form)
            if (!key.StartsWith("__", StringComparison.Ordinal)) values[key] = value.Where(v => v is not null).Select(v => v!).ToList();
        // "增加一项": one more row of that list, and nothing submitted.
        if (form["add"].ToString() is { Length: > 0 } added) rows[added] = Math.Max(1, PostedRows(added)) + 1;
    }

    /// <summary>Whether the post only asked for another row.</summary>
    public static bool IsAddRow(IFormCollection form) => form["add"].ToString().Length > 0;

    int PostedRows(string path)
    {
        var prefix = path + "[";
        var indices = values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => int.TryParse(k.AsSpan(prefix.Length, k.IndexOf(']', prefix.Length) - prefix.Length), out var i) ? i : -1)
            .Where(i => i >= 0).ToList();
        return indices.Count == 0 ? 0 : indices.Max() + 1;
    }

    /// <summary>
    /// The request as JSON, or null with the errors filled in when a value cannot be read or a required
    /// one is missing. The rules of the request itself are the API's, applied when it is taken.
    /// </summary>
    public JsonObject? Bind(params (string Name, JsonNode? Value)[] envelope)
    {
        var json = BindObject(parameters, "");
        foreach (var (name, value) in envelope) if (value is not null) json[name] = value;
        return Errors.Count == 0 ? json : null;
    }

    /// <summary>Reads the request from its JSON as the API would, naming the field that does not fit.</summary>
    public object? Read(JsonObject json, Type type, JsonSerializerOptions options)
    {
        try
        {
            return json.Deserialize(type, options);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path.TrimStart('$', '.');
            if (path.Length > 0) Errors[path] = "格式不正确";
            else FormErrors.Add("提交的内容无法读取，请检查后重试");
            return null;
        }
    }

    JsonObject BindObject(IReadOnlyList<ParameterInfo> fields, string prefix)
    {
        var json = new JsonObject();
        foreach (var p in fields)
        {
            var path = prefix + p.Name;
            if (BindValue(p, path) is { } node) json[p.Name] = node;
            else if (p.Required && !Errors.ContainsKey(path)) Errors[path] = p.Type.StartsWith("array", StringComparison.Ordinal) ? "必须至少填写一项" : "必须填写";
        }
        return json;
    }

    JsonNode? BindValue(ParameterInfo p, string path)
    {
        if (p.Type == "array of object")
        {
            var array = new JsonArray();
            for (var i = 0; i < Rows(path, p); i++)
            {
                var rowPath = $"{path}[{i}]";
                // A row left blank is no row; a picked row (one per claim, say) counts once anything is typed in it.
                if (!RowHasInput(p.Fields!, rowPath + ".")) continue;
                array.Add(BindObject(p.Fields!, rowPath + "."));
            }
            return array.Count == 0 ? null : array;
        }
        if (p.Type.StartsWith("array of ", StringComparison.Ordinal))
        {
            var itemType = p.Type["array of ".Length..];
            var items = AllValues(path).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Scalar(itemType, v, path)).ToList();
            return items.Count == 0 || items.Any(i => i is null) ? null : new JsonArray(items.ToArray());
        }
        if (p.Type == "object")
            return RowHasInput(p.Fields!, path + ".") ? BindObject(p.Fields!, path + ".") : null;
        var raw = Value(path);
        if (p.Type == "boolean") return raw is "true" or "on" ? JsonValue.Create(true) : raw is null ? null : JsonValue.Create(false);
        return string.IsNullOrWhiteSpace(raw) ? null : Scalar(p.Type, raw.Trim(), path);
    }

    bool RowHasInput(IReadOnlyList<ParameterInfo> fields, string prefix) =>
        fields.Any(f => f.Pick is null && f.Type != "boolean" && f.Type != "enum" && HasValue(prefix + f.Name) && AllValues(prefix + f.Name).Any(v => !string.IsNullOrWhiteSpace(v))
                        || f.Type is "object" or "array of object" && f.Fields is not null && RowHasInput(f.Fields, prefix + f.Name + "."));

    JsonNode? Scalar(string type, string raw, string path)
    {
        switch (type)
        {
            case "integer":
                if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)) return JsonValue.Create(whole);
                Errors[path] = "须为整数";
                return null;
            case "number":
                if (decimal.TryParse(raw.Replace(",", "").Replace("，", "").Replace("¥", "").Replace("元", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                    return JsonValue.Create(amount);
                Errors[path] = "须为金额或数字，如 12345.60";
                return null;
            case "date":
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return JsonValue.Create(date.ToString("yyyy-MM-dd"));
                Errors[path] = "须为日期，如 2026-11-25";
                return null;
            case "date-time":
                if (DateTime.TryParseExact(raw, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                    return JsonValue.Create(at.ToString("yyyy-MM-ddTHH:mm:ss"));
                Errors[path] = "须为日期和时间，如 2026-11-25 09:30";
                return null;
            default:
                return JsonValue.Create(raw);
        }
    }

    /// <summary>The label of a field path for the error summary: "当事人第2项 · 身份证号码".</summary>
    public string LabelOf(string path)
    {
        var labels = new List<string>();
        IReadOnlyList<ParameterInfo>? level = parameters.Append(ActionParameters.Reason).ToList();
        foreach (Match segment in PathSegment().Matches(path))
        {
            var p = level?.FirstOrDefault(x => x.Name == segment.Groups["name"].Value);
            if (p is null) break;
            labels.Add(segment.Groups["index"].Success ? $"{p.Label}第{int.Parse(segment.Groups["index"].Value) + 1}项" : p.Label);
            level = p.Fields;
        }
        return labels.Count == 0 ? "" : string.Join(" · ", labels);
    }

    [GeneratedRegex(@"(?<name>[A-Za-z0-9]+)(\[(?<index>\d+)\])?")]
    private static partial Regex PathSegment();
}
