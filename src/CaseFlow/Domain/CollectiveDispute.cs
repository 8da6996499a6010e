namespace CaseFlow.Domain;

/// <summary>
/// 集体劳动争议: what makes a dispute collective, and who speaks for the workers in it. Such cases go first
/// in worklists: the special provisions of 劳动人事争议仲裁办案规则 for collective disputes have them
/// accepted and heard first (优先立案、优先审理).
/// </summary>
public static class CollectiveDispute
{
    /// <summary>劳动争议调解仲裁法 art. 7: ten or more workers with a common claim.</summary>
    public const int MinimumWorkers = 10;

    /// <summary>
    /// 劳动争议调解仲裁法 art. 7 says they <em>may</em> (可以) elect representatives; 劳动人事争议仲裁办案规则
    /// (art. 8 as read here: check the number against the official text) puts their number at three to five.
    /// Electing none is lawful.
    /// </summary>
    public const int MinimumRepresentatives = 3;
    public const int MaximumRepresentatives = 5;

    public static int Workers(Case @case) => @case.Parties.Count(p => p.Role == PartyRole.Applicant && p.Kind == PartyKind.Worker);

    /// <summary>A trade union's application over a collective contract (劳动合同法 art. 56).</summary>
    public static bool IsCollectiveContract(Case @case) =>
        @case.Parties.Any(p => p.Role == PartyRole.Applicant && p.Kind == PartyKind.TradeUnion)
        && @case.Claims.Any(c => c.Type == ClaimType.CollectiveContract);

    /// <summary>A collective dispute of any kind of case: enough workers together, or a collective contract.</summary>
    public static bool Is(Case @case) => Workers(@case) >= MinimumWorkers || IsCollectiveContract(@case);
}
