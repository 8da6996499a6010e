using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using CaseFlow.Workflows;

namespace CaseFlow.Domain;

/// <summary>
/// The Chinese name of an enum value, declared once beside the member with <see cref="DisplayAttribute"/>
/// (e.g. <c>[Display(Name = "普通程序")] Ordinary</c>); what the web UI, the documents and
/// <c>GET …/actions</c> show. A member without one is shown by its name.
/// </summary>
public static class Labels
{
    static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    public static string Of(Enum value) => Of(value.GetType(), value.ToString());

    /// <summary>The label of a member given by its name, e.g. a case's stored state name.</summary>
    public static string Of(Type enumType, string name) =>
        Cache.GetOrAdd((enumType, name), key =>
            key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? key.Item2);

    public static IReadOnlyList<ValueInfo> Choices(Type enumType) =>
        Enum.GetNames(enumType).Select(n => new ValueInfo(n, Of(enumType, n))).ToList();

    /// <summary>A hint about the member, when its declaration gives one.</summary>
    public static string? Hint(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetDescription();
}
