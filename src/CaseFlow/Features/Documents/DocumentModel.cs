using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;

namespace CaseFlow.Features.Documents;

public sealed record PartyLine(string Role, string Name, string? Identity, string? Address);

public sealed record ClaimLine(int Number, string Type, string? Description, string? Asked, string? Awarded, string Final);

/// <summary>One signature line of a document: 首席仲裁员 张三, 书记员 李四.</summary>
public sealed record SignatureLine(string Role, string Name);

public sealed record InstalmentLine(string DueOn, string Amount);

/// <summary>A correction (补正) of an award: when, what kind, the words as they stood and as they now read.</summary>
public sealed record CorrectionLine(string On, string Kind, string? Original, string Corrected, string Reason);

public sealed record ArrearsLine(string Worker, string Owed, string Paid);

/// <summary>
/// What a document says about its case, taken when the document is recorded so that it is produced
/// exactly as the case stood then, whenever the renderer gets to it.
/// </summary>
public sealed record DocumentModel
{
    public required string Organisation { get; init; }
    public required string Title { get; init; }
    public string? DocumentNumber { get; init; }
    public string? CaseNumber { get; init; }
    public required string IssuedOn { get; init; }
    public required string ReceivedOn { get; init; }
    public string? AcceptedOn { get; init; }
    public string? Summary { get; init; }
    public required List<PartyLine> Applicants { get; init; }
    public required List<PartyLine> Respondents { get; init; }
    public required List<PartyLine> Others { get; init; }
    public required List<ClaimLine> Claims { get; init; }
    public string? TotalAsked { get; init; }
    public string? TotalAwarded { get; init; }
    public string? Track { get; init; }
    public string? Tribunal { get; init; }
    public string? HearingAt { get; init; }
    public string? HearingPlace { get; init; }
    public string? Decision { get; init; }
    /// <summary>The sum settled on in a mediation statement.</summary>
    public string? SettlementAmount { get; init; }
    public string? FactsFound { get; init; }
    /// <summary>The award's result: who pays whom what by when, item by item, and what is dismissed (驳回).</summary>
    public List<string> Result { get; init; } = [];
    /// <summary>Each arbitrator and the clerk on a line of their own.</summary>
    public List<SignatureLine> Signatures { get; init; } = [];
    public string? NonAcceptanceReason { get; init; }
    /// <summary>The ground of a suspension in the words of 办案规则 art. 47, and its provision.</summary>
    public string? SuspensionGround { get; init; }
    public string? SuspensionBasis { get; init; }
    public string? SuspensionReason { get; init; }
    public string? ExtensionDays { get; init; }
    public string? ExtensionReason { get; init; }
    public bool AnyFinal { get; init; }
    public bool AnyNotFinal { get; init; }
    public string? FinalBasis { get; init; }
    public string? AgreementTerms { get; init; }
    public string? AgreementAmount { get; init; }
    public List<InstalmentLine> Instalments { get; init; } = [];
    public string? RectificationDeadline { get; init; }
    public string? RectificationRequirements { get; init; }
    public List<ArrearsLine> Arrears { get; init; } = [];
    public string? ArrearsTotal { get; init; }
    public string? PenaltyAmount { get; init; }
    public string? ExtraCompensation { get; init; }
    public string? PenaltyDescription { get; init; }
    public string? PenaltyBasis { get; init; }
    public string? PenaltyNoticeAmount { get; init; }
    public string? DefenceEndsOn { get; init; }
    public bool HearingRight { get; init; }
    public string? HearingRequestEndsOn { get; init; }
    public string? PenaltyTerms { get; init; }
    public string? BlacklistGrounds { get; init; }
    public string? BlacklistDefenceEndsOn { get; init; }
    public string? BlacklistReason { get; init; }
    public string? BlacklistTerms { get; init; }
    /// <summary>Whether a partial award (先行裁决) decided some claims before this award.</summary>
    public bool PartiallyDecided { get; init; }
    public string? AdvanceApplicant { get; init; }
    public string? AdvanceAmount { get; init; }
    public string? AdvanceClaims { get; init; }
    public string? AdvanceFacts { get; init; }
    public string? State { get; init; }
    public string? ClosureType { get; init; }
    /// <summary>On an award: the corrections made to it so far. On a 补正决定书: the award corrected, its date, and the correction.</summary>
    public List<CorrectionLine> Corrections { get; init; } = [];
    public string? CorrectedAward { get; init; }
    public string? CorrectedAwardOn { get; init; }
    public CorrectionLine? Correction { get; init; }

    static readonly Dictionary<ClaimType, string> ClaimNames = new()
    {
        [ClaimType.UnpaidWages] = "劳动报酬", [ClaimType.Overtime] = "加班费", [ClaimType.EconomicCompensation] = "经济补偿",
        [ClaimType.UnlawfulTerminationDamages] = "违法解除劳动合同赔偿金", [ClaimType.DoubleWages] = "未签订书面劳动合同二倍工资差额",
        [ClaimType.WorkInjuryBenefits] = "工伤保险待遇", [ClaimType.SocialInsurance] = "社会保险", [ClaimType.ConfirmEmploymentRelationship] = "确认劳动关系",
        [ClaimType.Other] = "其他", [ClaimType.CollectiveContract] = "履行集体合同争议",
    };

    /// <summary>
    /// The claims a document speaks of: a partial award its own items; of what the partial awards left,
    /// a final award the items decided finally and the other award the rest (办案规则 art. 50: final and
    /// non-final items in separate awards); any other document all.
    /// </summary>
    static IEnumerable<Claim> ClaimsOf(Case @case, string template) => template switch
    {
        "final-award" => @case.Claims.Where(c => c.IsFinal == true && c.PartiallyAwardedOn is null),
        "arbitration-award" => @case.Claims.Where(c => c.IsFinal != true && c.PartiallyAwardedOn is null),
        "partial-award" => @case.Claims.Where(c => c.PartiallyAwardedOn is not null && c.PartiallyAwardedOn == (@case as ArbitrationCase)?.PartialAwardOn),
        _ => @case.Claims,
    };

    public static DocumentModel Of(Case @case, string template, string organisation, string title, DateOnly issuedOn, IReadOnlyDictionary<int, string> arbitrators)
    {
        // Identity numbers are masked in documents served on the parties: the region and the last four
        // characters still identify the person to them, and a lost copy does not give the number away.
        PartyLine Line(Party p) => new(
            p.Role switch { PartyRole.Applicant => "申请人", PartyRole.Respondent => "被申请人", PartyRole.ThirdParty => "第三人", PartyRole.Agent => "委托代理人", _ => "劳动者" },
            p.Name,
            p.IdNumber is { } id ? $"公民身份号码 {ResidentIdNumber.Mask(id)}" : p.CreditCode is { } code ? $"统一社会信用代码 {code}" : null,
            p.Address);
        var arbitration = @case as ArbitrationCase;
        var mediation = @case as MediationCase;
        var inspection = @case as InspectionCase;
        var decided = ClaimsOf(@case, template).OrderBy(c => c.Id).ToList();
        var partial = template == "partial-award" && arbitration is not null;
        // An award keeps the day it was made through every corrected version (办案规则 art. 53).
        var decidedOn = template switch
        {
            "partial-award" => arbitration?.PartialAwardOn,
            "final-award" or "arbitration-award" when @case.ClosureType == Domain.ClosureType.Award => @case.ClosedOn,
            _ => null,
        };
        var correction = template == "correction-decision" ? arbitration?.Corrections.LastOrDefault() : null;
        CorrectionLine LineOf(AwardCorrection c) => new(ChineseDate(c.On), Labels.Of(c.Kind), c.Original, c.Corrected, c.Reason);
        var claims = decided.Select((c, i) => new ClaimLine(
            i + 1, ClaimNames[c.Type], c.Description, c.Amount is { } a ? Money(a) : null, c.AmountAwarded is { } w ? Money(w) : null,
            c.IsFinal switch { true => "终局裁决", false => "非终局裁决", _ => "—" })).ToList();
        return new DocumentModel
        {
            Organisation = organisation,
            Title = title,
            DocumentNumber = template switch
            {
                "penalty-decision" => inspection?.PenaltyDecisionNumber,
                "blacklist-decision" => inspection?.BlacklistDecisionNumber,
                _ => @case.CaseNumber,
            },
            CaseNumber = @case.CaseNumber,
            IssuedOn = ChineseDate(decidedOn ?? issuedOn),
            ReceivedOn = ChineseDate(@case.ReceivedOn),
            AcceptedOn = @case.AcceptedOn is { } accepted ? ChineseDate(accepted) : null,
            Summary = @case.Summary,
            Applicants = @case.Parties.Where(p => p.Role == PartyRole.Applicant).Select(Line).ToList(),
            Respondents = @case.Parties.Where(p => p.Role == PartyRole.Respondent).Select(Line).ToList(),
            Others = @case.Parties.Where(p => p.Role is not (PartyRole.Applicant or PartyRole.Respondent)).Select(Line).ToList(),
            Claims = claims,
            TotalAsked = Money(decided.Sum(c => c.Amount ?? 0)),
            TotalAwarded = decided.Any(c => c.AmountAwarded is not null) ? Money(decided.Sum(c => c.AmountAwarded ?? 0)) : null,
            Track = arbitration?.Track switch { ProcedureTrack.Simplified => "简易处理", ProcedureTrack.Collective => "集体劳动人事争议", ProcedureTrack.Ordinary => "普通程序", _ => null },
            Tribunal = arbitration is null ? null : string.Join("、", arbitration.Tribunal.OrderByDescending(s => s.IsPresiding)
                .Select(s => (s.IsPresiding ? "首席仲裁员 " : "仲裁员 ") + arbitrators.GetValueOrDefault(s.ArbitratorId, ""))),
            HearingAt = arbitration?.HearingAt is { } at ? $"{ChineseDate(DateOnly.FromDateTime(at))}{at:HH:mm}" : null,
            HearingPlace = arbitration?.HearingPlace,
            Decision = partial ? arbitration!.PartialDecision : arbitration?.Decision,
            SettlementAmount = arbitration?.SettlementAmount is { } settled ? Money(settled) : null,
            FactsFound = partial ? arbitration!.PartialFactsFound : arbitration?.FactsFound,
            Result = arbitration is null ? [] : ResultLines(arbitration, decided, partial ? arbitration.PartialPaymentDays : arbitration.PaymentDays),
            PartiallyDecided = arbitration is not null && template is "final-award" or "arbitration-award" && arbitration.Claims.Any(c => c.PartiallyAwardedOn is not null),
            AdvanceApplicant = arbitration?.AdvanceExecutionPartyId is { } applicant ? arbitration.Parties.FirstOrDefault(p => p.Id == applicant)?.Name : null,
            AdvanceAmount = arbitration?.AdvanceExecutionAmount is { } advance ? Money(advance) : null,
            AdvanceClaims = arbitration?.AdvanceExecutionClaims,
            AdvanceFacts = arbitration?.AdvanceExecutionReason,
            Signatures = arbitration is null ? [] : SignaturesOf(arbitration, arbitrators),
            NonAcceptanceReason = arbitration?.NonAcceptanceReason ?? inspection?.NonAcceptanceReason,
            SuspensionGround = arbitration?.SuspensionGround is { } ground ? Labels.Of(ground) : null,
            SuspensionBasis = arbitration?.SuspensionGround is { } g ? Labels.Hint(g) : null,
            SuspensionReason = arbitration?.SuspensionReason,
            ExtensionDays = arbitration?.ExtensionDays is { } days ? Number(days) : null,
            ExtensionReason = arbitration?.ExtensionReason,
            AnyFinal = decided.Any(c => c.IsFinal == true),
            AnyNotFinal = decided.Any(c => c.IsFinal != true),
            FinalBasis = arbitration?.MinimumWageUsed is { } wage && arbitration.FinalAwardThreshold is { } threshold
                ? $"裁决时本市月最低工资标准为{Money(wage)}元，其十二个月金额为{Money(threshold)}元{(arbitration.MinimumWageConfirmed == true ? "" : "（标准待核实）")}" : null,
            AgreementTerms = mediation?.AgreementTerms,
            AgreementAmount = mediation?.AgreementAmount is { } amount ? Money(amount) : null,
            Instalments = mediation?.PaymentSchedule.OrderBy(p => p.DueOn).Select(p => new InstalmentLine(ChineseDate(p.DueOn), Money(p.Amount))).ToList() ?? [],
            RectificationDeadline = inspection?.RectificationDeadline is { } deadline ? ChineseDate(deadline) : null,
            RectificationRequirements = inspection?.RectificationRequirements,
            Arrears = inspection?.Arrears.Select(a => new ArrearsLine(a.Party?.Name ?? "", Money(a.AmountOwed), Money(a.AmountPaid))).ToList() ?? [],
            ArrearsTotal = inspection is null ? null : Money(inspection.ArrearsOwed),
            PenaltyAmount = inspection?.PenaltyAmount is { } penalty ? Money(penalty) : null,
            ExtraCompensation = inspection?.ExtraCompensation is { } extra ? Money(extra) : null,
            PenaltyDescription = inspection?.PenaltyDescription,
            PenaltyBasis = inspection?.PenaltyBasis,
            PenaltyNoticeAmount = inspection?.PenaltyNoticeAmount is { } intended ? Money(intended) : null,
            DefenceEndsOn = inspection?.DefenceEndsOn is { } defence ? ChineseDate(defence) : null,
            HearingRight = inspection?.HearingRight ?? false,
            HearingRequestEndsOn = inspection?.HearingRequestEndsOn is { } hearing ? ChineseDate(hearing) : null,
            PenaltyTerms = inspection?.PenaltyTerms,
            BlacklistGrounds = inspection?.BlacklistGrounds,
            BlacklistDefenceEndsOn = inspection?.BlacklistDefenceEndsOn is { } listing ? ChineseDate(listing) : null,
            BlacklistReason = inspection?.BlacklistReason,
            BlacklistTerms = inspection?.BlacklistTerms,
            State = @case.StateName,
            ClosureType = @case.ClosureType?.ToString(),
            Corrections = arbitration?.Corrections.Where(c => c.Document == template).Select(LineOf).ToList() ?? [],
            Correction = correction is null ? null : LineOf(correction),
            CorrectedAward = correction is null ? null : DocumentTemplates.Titles[correction.Document],
            CorrectedAwardOn = correction is null ? null
                : ChineseDate((correction.Document == "partial-award" ? arbitration!.PartialAwardOn : @case.ClosedOn) ?? correction.On),
        };
    }

    /// <summary>
    /// Who pays whom what by when: the respondent the applicant on the applicant's claims, the applicant
    /// the respondent on a counterclaim; items awarded nothing are dismissed (驳回), each by name.
    /// </summary>
    static List<string> ResultLines(ArbitrationCase @case, List<Claim> claims, int? paymentDays)
    {
        string Names(PartyRole role) => string.Join("、", @case.Parties.Where(p => p.Role == role).Select(p => p.Name));
        var (applicants, respondents) = (Names(PartyRole.Applicant), Names(PartyRole.Respondent));
        var within = paymentDays is { } days && days > 0 ? $"于本裁决生效之日起{Number(days)}日内" : "于本裁决生效之日";
        var lines = new List<string>();
        foreach (var claim in claims.Where(c => c.AmountAwarded > 0))
        {
            var (payer, payee) = claim.IsCounterclaim ? (applicants, respondents) : (respondents, applicants);
            lines.Add(Claim.IsMonetary(claim.Type)
                ? $"{payer}{within}向{payee}支付{ClaimNames[claim.Type]}{Money(claim.AmountAwarded!.Value)}元{(claim.Description is { Length: > 0 } d ? $"（{d}）" : "")}；"
                : $"支持{(claim.IsCounterclaim ? "被申请人" : "申请人")}关于{ClaimNames[claim.Type]}{(claim.Description is { Length: > 0 } d2 ? $"（{d2}）" : "")}的请求；");
        }
        foreach (var claim in claims.Where(c => c.AmountAwarded is 0))
            lines.Add($"驳回{(claim.IsCounterclaim ? "被申请人" : "申请人")}关于{ClaimNames[claim.Type]}{(claim.Description is { Length: > 0 } d ? $"（{d}）" : "")}的请求；");
        if (lines.Count > 0) lines[^1] = lines[^1].TrimEnd('；') + "。";
        return lines;
    }

    static List<SignatureLine> SignaturesOf(ArbitrationCase @case, IReadOnlyDictionary<int, string> arbitrators)
    {
        var sole = @case.Tribunal.Count == 1;
        var lines = @case.Tribunal.OrderByDescending(s => s.IsPresiding).ThenBy(s => s.ArbitratorId)
            .Select(s => new SignatureLine(sole ? "仲  裁  员" : s.IsPresiding ? "首席仲裁员" : "仲  裁  员", arbitrators.GetValueOrDefault(s.ArbitratorId, "")))
            .ToList();
        if (@case.Clerk is { Length: > 0 } clerk) lines.Add(new SignatureLine("书  记  员", clerk));
        return lines;
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date as official documents write it: 二〇二六年十一月二十三日.</summary>
    public static string ChineseDate(DateOnly date)
    {
        const string digits = "〇一二三四五六七八九";
        var year = string.Concat(date.Year.ToString().Select(c => digits[c - '0']));
        return $"{year}年{Number(date.Month)}月{Number(date.Day)}日";
    }

    /// <summary>A number below one hundred in Chinese figures: 十五, 三十.</summary>
    public static string Number(int n)
    {
        const string digits = "〇一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
