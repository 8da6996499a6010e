namespace CaseFlow.Features.Shared;

/// <summary>One entry of a form's error summary: the field it points at and what is wrong.</summary>
public sealed record ErrorLink(string Field, string Message)
{
    /// <summary>The id of the field's input, as the form renders it.</summary>
    public string Anchor => Field.Length == 0 ? "form" : FieldIds.Of(Field);
}

public static class FieldIds
{
    /// <summary>An HTML id for a field path such as <c>parties[0].idNumber</c>: <c>f-parties-0-idNumber</c>.</summary>
    public static string Of(string field) =>
        "f-" + string.Concat(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-').Replace("--", "-");
}
