using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;

namespace CaseFlow.Workflows;

/// <summary>
/// The body of every case action: the version of the case the client last read, an optional
/// reason, and the action's own parameters in the subclass.
/// </summary>
public record ActionRequest
{
    /// <summary>The case's version as the client last read it; an older one is a conflict.</summary>
    [Display(Name = "版本", Description = "读取案件时的版本号；他人已修改案件时提交将被拒绝")]
    public int? Version { get; init; }
    [MaxLength(2000)]
    [Display(Name = "理由", Description = "办理本步骤的理由或说明，记入办案历程")]
    public string? Reason { get; init; }
}

/// <summary>The body of an action that needs nothing but the version and an optional reason.</summary>
public sealed record NoParameters : ActionRequest;

/// <summary>Where the choices of a parameter that names something by its id come from.</summary>
public enum PickSource
{
    /// <summary>The workers (劳动者) named in the case.</summary>
    CaseWorkers,
    /// <summary>The parties of the case other than agents: applicants, respondents and third parties.</summary>
    CaseParties,
    /// <summary>The claims (请求事项) of the case not yet decided by a partial award: a list parameter gets one row per claim.</summary>
    CaseClaims,
    /// <summary>The instalments of the case's mediation agreement.</summary>
    CaseInstalments,
    /// <summary>The arbitrators of the case's organisation.</summary>
    Arbitrators,
    /// <summary>The commission's own desk and the mediation committees.</summary>
    MediationOrganisations,
    /// <summary>The construction projects (工程项目) of the user's organisation.</summary>
    Projects,
    /// <summary>The towns (镇街), by the code of their mediation committee.</summary>
    Towns,
    /// <summary>The workers of a project's real-name roster on site in the last months.</summary>
    ProjectWorkers,
    /// <summary>The violations the brigade may order corrected or fine (seeds/inspection-enforcement.json).</summary>
    PenaltyProvisions,
}

/// <summary>Declares that a parameter names something by its id, chosen from <see cref="Source"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PickAttribute(PickSource source) : Attribute
{
    public PickSource Source { get; } = source;
}

/// <summary>One choice of an enum parameter: the value the API takes and its label.</summary>
public sealed record ValueInfo(string Value, string Label);

/// <summary>
/// One parameter of an action, as <c>GET …/actions</c> describes it and the web UI renders it: its
/// JSON name, type, label and hint in Chinese (declared once, beside the property, with
/// <see cref="DisplayAttribute"/>), the choices of an enum, the fields of an object or list item,
/// and where the choices of an id come from.
/// </summary>
public sealed record ParameterInfo(
    string Name, string Type, bool Required, IReadOnlyList<string>? Values,
    string Label, string? Hint, IReadOnlyList<ValueInfo>? Choices, IReadOnlyList<ParameterInfo>? Fields, PickSource? Pick, int? MaxLength);

public static class ActionParameters
{
    static readonly string[] EnvelopeProperties = [nameof(ActionRequest.Version), nameof(ActionRequest.Reason)];

    /// <summary>The action's own parameters, without the envelope (version, reason).</summary>
    public static IReadOnlyList<ParameterInfo> Describe(Type type) =>
        Properties(type).Where(p => p.DeclaringType != typeof(ActionRequest)).Select(Describe).ToList();

    /// <summary>The reason, as every action's form offers it.</summary>
    public static ParameterInfo Reason { get; } = Describe(typeof(ActionRequest).GetProperty(nameof(ActionRequest.Reason))!);

    static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract" && p.CanRead);

    static ParameterInfo Describe(PropertyInfo p)
    {
        var display = p.GetCustomAttribute<DisplayAttribute>();
        var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        var item = ItemType(type);
        var composite = item ?? type;
        IReadOnlyList<ParameterInfo>? fields = IsObject(composite) ? Properties(composite).Select(Describe).ToList() : null;
        return new ParameterInfo(
            JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            TypeName(p.PropertyType),
            p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null,
            EnumValues(composite),
            display?.GetName() ?? p.Name,
            display?.GetDescription(),
            composite.IsEnum ? Labels.Choices(composite) : null,
            fields,
            p.GetCustomAttribute<PickAttribute>()?.Source,
            p.PropertyType == typeof(string) ? p.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? DefaultTextLength : null);
    }

    /// <summary>The parameters as stored in the event: the action's own, without the envelope.</summary>
    public static string? ToEventJson(ActionRequest request, JsonSerializerOptions options)
    {
        var node = JsonSerializer.SerializeToNode(request, request.GetType(), options)!.AsObject();
        foreach (var name in EnvelopeProperties) node.Remove(JsonNamingPolicy.CamelCase.ConvertName(name));
        return node.Count == 0 ? null : node.ToJsonString(options);
    }

    /// <summary>The first text parameter longer than it may be: 400 characters unless the property says more.</summary>
    public static (string Field, string Rule)? TooLong(ActionRequest request)
    {
        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            var limit = property.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? DefaultTextLength;
            if (property.GetValue(request) is string value && value.Length > limit)
                return (JsonNamingPolicy.CamelCase.ConvertName(property.Name), $"不得超过 {limit} 个字符");
        }
        return null;
    }

    public const int DefaultTextLength = 400;

    static Type? ItemType(Type t) =>
        t.IsArray ? t.GetElementType() : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null;

    static bool IsObject(Type t) => t.IsClass && t != typeof(string);

    static string TypeName(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(string)) return "string";
        if (t == typeof(bool)) return "boolean";
        if (t == typeof(int) || t == typeof(long)) return "integer";
        if (t == typeof(decimal) || t == typeof(double)) return "number";
        if (t == typeof(DateOnly)) return "date";
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset)) return "date-time";
        if (t.IsEnum) return "enum";
        if (ItemType(t) is { } item) return $"array of {TypeName(item)}";
        return "object";
    }

    static IReadOnlyList<string>? EnumValues(Type t) => t.IsEnum ? Enum.GetNames(t) : null;
}
