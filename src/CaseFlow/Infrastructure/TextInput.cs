using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Infrastructure;

/// <summary>
/// Every string a request carries, checked as it is read: no longer than <see cref="MaxLength"/> characters
/// (the longest text CaseFlow keeps — a mediation agreement's terms, a hearing's record — is far shorter), no
/// control characters but tab and line breaks, and no half of a surrogate pair (which no database column can
/// store as text). A breach refuses the whole body with 400 naming the field, before anything is stored.
/// Characters outside the Basic Multilingual Plane (𠮷, 4 bytes in UTF-8) are text like any other.
/// </summary>
public sealed class TextInputConverter : JsonConverter<string>
{
    public const int MaxLength = 20_000;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new TextInputException("must be a string");
        var value = reader.GetString()!;
        return Problem(value) is { } rule ? throw new TextInputException(rule) : value;
    }

    /// <summary>The rule a text breaks, or null: for text read otherwise than as JSON (a CSV file).</summary>
    public static string? Problem(string value) =>
        value.Length > MaxLength ? $"must be at most {MaxLength} characters" : CharacterProblem(value);

    /// <summary>The rule a text's characters break, or null: a control character other than tab and line breaks, or half a surrogate pair.</summary>
    public static string? CharacterProblem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return $"must not contain the control character U+{(int)c:X4}";
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return "must not contain half of a surrogate pair";
        }
        return null;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override bool HandleNull => false;
}

/// <summary>A string refused by <see cref="TextInputConverter"/>, with the rule it broke.</summary>
public sealed class TextInputException(string rule) : JsonException(rule)
{
    public string Rule { get; } = rule;
}

/// <summary>
/// Keeps strings described as strings in the OpenAPI document: a converter of its own hides the type from
/// the generator, which would otherwise leave every text field of the API reference without one.
/// </summary>
public sealed class TextSchemaTransformer : Microsoft.AspNetCore.OpenApi.IOpenApiSchemaTransformer
{
    static readonly System.Reflection.NullabilityInfoContext Nullability = new();

    public Task TransformAsync(Microsoft.OpenApi.OpenApiSchema schema, Microsoft.AspNetCore.OpenApi.OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(string) || schema.Type is not null) return Task.CompletedTask;
        var nullable = context.JsonPropertyInfo?.AttributeProvider is System.Reflection.PropertyInfo property
                       && Nullability.Create(property).WriteState == System.Reflection.NullabilityState.Nullable;
        schema.Type = nullable ? Microsoft.OpenApi.JsonSchemaType.String | Microsoft.OpenApi.JsonSchemaType.Null : Microsoft.OpenApi.JsonSchemaType.String;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Refuses a request body whose lists hold null (<c>"parties": [null]</c>) before its handler runs: no list
/// of any request may, and the handlers read each item as present. Walks the body's own types only.
/// </summary>
public sealed class NullItemFilter : Microsoft.AspNetCore.Http.IEndpointFilter
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> Properties = new();

    public ValueTask<object?> InvokeAsync(Microsoft.AspNetCore.Http.EndpointFilterInvocationContext context, Microsoft.AspNetCore.Http.EndpointFilterDelegate next)
    {
        var bodyType = Microsoft.AspNetCore.Http.EndpointHttpContextExtensions.GetEndpoint(context.HttpContext)?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        if (bodyType is not null)
            foreach (var argument in context.Arguments)
                if (argument is not null && bodyType.IsInstanceOfType(argument) && Find(argument, "", 0) is { } path)
                    return ValueTask.FromResult<object?>(Problems.Invalid(path, "must not be null: leave the item out of the list"));
        return next(context);
    }

    static string? Find(object value, string path, int depth)
    {
        if (depth > 8 || value is string) return null;
        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                var at = $"{path}[{i++}]";
                if (item is null) return at;
                if (Find(item, at, depth + 1) is { } found) return found;
            }
            return null;
        }
        var type = value.GetType();
        if (type.Namespace?.StartsWith("CaseFlow", StringComparison.Ordinal) != true || type.IsEnum) return null;
        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite && !p.PropertyType.IsValueType).ToArray()))
            if (property.GetValue(value) is { } child && Find(child, (path.Length == 0 ? "" : path + ".") + JsonNamingPolicy.CamelCase.ConvertName(property.Name), depth + 1) is { } found)
                return found;
        return null;
    }
}
