using CaseFlow.Domain;

namespace CaseFlow.Tests.Support;

/// <summary>Valid identity numbers made up for tests: Kaiping's region code, real check characters.</summary>
public static class TestIds
{
    /// <summary>A resident ID number (GB 11643) for worker <paramref name="n"/>, born in 1985–1999.</summary>
    public static string Worker(int n)
    {
        var first17 = $"440783{1985 + n % 15}{1 + n % 12:00}{1 + n % 28:00}{n % 1000:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    /// <summary>A unified social credit code (GB 32100) for employer <paramref name="n"/>.</summary>
    public static string Employer(int n)
    {
        var first17 = $"91440783MA{n % 10_000_000:0000000}";
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }
}
