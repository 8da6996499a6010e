using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseFlow.Workflows;

/// <summary>
/// The body of every case action: the version of the case the client last read, an optional
/// reason, and the action's own parameters in the subclass.
/// </summary>
public record ActionRequest
{
    /// <summary>The case's version as the client last read it; an older one is a conflict.</summary>
    public int? Version { get; init; }
    [MaxLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>The body of an action that needs nothing but the version and an optional reason.</summary>
public sealed record NoParameters : ActionRequest;

/// <summary>One parameter of an action, as <c>GET …/actions</c> describes it.</summary>
public sealed record ParameterInfo(string Name, string Type, bool Required, IReadOnlyList<string>? Values);

public static class ActionParameters
{
    static readonly string[] EnvelopeProperties = [nameof(ActionRequest.Version), nameof(ActionRequest.Reason)];

    public static IReadOnlyList<ParameterInfo> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ActionRequest) && p.Name != "EqualityContract")
            .Select(p => new ParameterInfo(
                JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                TypeName(p.PropertyType),
                p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null,
                EnumValues(p.PropertyType)))
            .ToList();

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
                return (JsonNamingPolicy.CamelCase.ConvertName(property.Name), $"must have at most {limit} characters");
        }
        return null;
    }

    public const int DefaultTextLength = 400;

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
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) || t.IsArray)
        {
            var item = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[0];
            return $"array of {TypeName(item)}";
        }
        return "object";
    }

    static IReadOnlyList<string>? EnumValues(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsEnum ? Enum.GetNames(t) : null;
    }
}
