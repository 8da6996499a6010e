using System.Globalization;

namespace CaseFlow.Domain;

/// <summary>居民身份证号码: checks the 18-character number of GB 11643-1999.</summary>
public static class ResidentIdNumber
{
    // GB 11643-1999 §8: weights 2^(17-i) mod 11 for the first 17 digits; the check character is
    // "10X98765432"[sum mod 11].
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const string CheckCharacters = "10X98765432";

    /// <summary>The rule a number breaks, or null when it is a valid number.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "必须填写";
        if (value.Length != 18) return "须为18位（GB 11643）";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(value[i])) return "前17位须为数字（GB 11643）";
        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return "第7至14位须为有效的出生日期（GB 11643）";
        if (char.ToUpperInvariant(value[17]) != CheckCharacter(value))
            return "校验码不正确（GB 11643）";
        return null;
    }

    public static bool IsValid(string? value) => Problem(value) is null;

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Shows the region code and the last four characters only: 440783********123X.</summary>
    public static string Mask(string value) =>
        value.Length == 18 ? string.Concat(value.AsSpan(0, 6), new string('*', 8), value.AsSpan(14)) : new string('*', value.Length);
}

/// <summary>统一社会信用代码: checks the 18-character code of GB 32100-2015.</summary>
public static class UnifiedSocialCreditCode
{
    // GB 32100-2015 §4.3 and Appendix B: 31 characters (no I, O, S, V, Z); check character
    // is 31 − (Σ value×weight mod 31), with 31 read as 0.
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "必须填写";
        if (value.Length != 18) return "须为18位（GB 32100）";
        foreach (var c in value)
            if (Alphabet.IndexOf(char.ToUpperInvariant(c)) < 0)
                return "只能包含数字和 GB 32100 规定的字母（不含 I、O、S、V、Z）";
        if (char.ToUpperInvariant(value[17]) != CheckCharacter(value.ToUpperInvariant()))
            return "校验码不正确（GB 32100）";
        return null;
    }

    public static bool IsValid(string? value) => Problem(value) is null;

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
