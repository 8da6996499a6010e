using CaseFlow.Workflows;

namespace CaseFlow.Features.Shared.Forms;

/// <summary>What the field partials render: some of a form's parameters, under a path prefix.</summary>
public sealed record FieldSet(GeneratedForm Form, IReadOnlyList<ParameterInfo> Fields, string Prefix);

/// <summary>One field of a generated form.</summary>
public sealed record Field(GeneratedForm Form, ParameterInfo Parameter, string Path)
{
    public string Id => FieldIds.Of(Path);
    public string? Error => Form.Errors.GetValueOrDefault(Path);
    public string? Value => Form.Value(Path);
    public string DescribedBy => string.Join(" ", new[] { Parameter.Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>());
    public IReadOnlyList<ValueInfo> Choices => Parameter.Pick is { } pick ? Form.Picks.GetValueOrDefault(pick) ?? [] : Parameter.Choices ?? [];
}
