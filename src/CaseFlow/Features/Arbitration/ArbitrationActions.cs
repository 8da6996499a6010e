using System.ComponentModel.DataAnnotations;
using CaseFlow.Features.Cases;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Arbitration;

/// <summary>Sends an application to pre-case mediation (案前约调).</summary>
public sealed record PreCaseMediationRequest : ActionRequest
{
    /// <summary>The mediation organisation; the commission's own desk when absent.</summary>
    public int? MediationOrganisationId { get; init; }
}

/// <summary>Why a simplified procedure may be used (劳动人事争议仲裁办案规则 art. 56).</summary>
public enum SimplifiedGround
{
    /// <summary>Facts clear and the amount at most the province's average annual wage of the prior year.</summary>
    FactsClearWithinAverageWage,
    /// <summary>Both parties agree to the simplified procedure.</summary>
    PartiesAgree,
}

public sealed record AcceptRequest : ActionRequest
{
    public required ProcedureTrack Track { get; init; }
    /// <summary>Required for the simplified track.</summary>
    public SimplifiedGround? SimplifiedGround { get; init; }
}

public sealed record ServeRequest : ActionRequest
{
    public required DateOnly ServedOn { get; init; }
    public required ServiceMethod Method { get; init; }
}

public sealed record FormTribunalRequest : ActionRequest
{
    public required int PresidingArbitratorId { get; init; }
    /// <summary>The two other arbitrators of an ordinary or collective tribunal; none for a sole arbitrator.</summary>
    public List<int> MemberIds { get; init; } = [];
}

public sealed record ScheduleHearingRequest : ActionRequest
{
    /// <summary>Local time (China Standard Time) of the hearing.</summary>
    public required DateTime HearingAt { get; init; }
    public required string Place { get; init; }
}

public sealed record RecordHearingRequest : ActionRequest
{
    public required DateOnly HeardOn { get; init; }
    public bool ApplicantAttended { get; init; } = true;
    public bool RespondentAttended { get; init; } = true;
    public string? Notes { get; init; }
}

/// <summary>The award on one claim.</summary>
public sealed record ClaimAward(long ClaimId, decimal AmountAwarded);

public sealed record AwardRequest : ActionRequest
{
    /// <summary>One entry per claim: what is awarded on it (0 dismisses it).</summary>
    public required List<ClaimAward> Claims { get; init; }
    [MaxLength(8000)]
    public required string Decision { get; init; }
}

public sealed record MediationStatementRequest : ActionRequest
{
    [MaxLength(8000)]
    public required string Terms { get; init; }
    public decimal? Amount { get; init; }
}

public sealed record ExtendRequest : ActionRequest
{
    /// <summary>At most 15 days (劳动争议调解仲裁法 art. 43).</summary>
    public required int Days { get; init; }
}

public sealed record ConvertToOrdinaryRequest : ActionRequest
{
    /// <summary>When a sole arbitrator already sits: the two arbitrators who join the tribunal.</summary>
    public List<int> AdditionalMemberIds { get; init; } = [];
}

public sealed record RecordAnswerRequest : ActionRequest
{
    /// <summary>The day the respondent's answer (答辩书) was received.</summary>
    public required DateOnly ReceivedOn { get; init; }
}

/// <summary>增加或变更仲裁请求: new claims of the applicant; the award period runs again (办案规则 art. 46).</summary>
public sealed record AmendClaimsRequest : ActionRequest
{
    public required List<ClaimInput> Claims { get; init; }
}

/// <summary>追加当事人: a party added to the proceedings; the award period runs again.</summary>
public sealed record AddPartyRequest : ActionRequest
{
    public required PartyInput Party { get; init; }
}

/// <summary>反申请: the respondent's own claims; the award period runs again.</summary>
public sealed record CounterclaimRequest : ActionRequest
{
    public required List<ClaimInput> Claims { get; init; }
}

public sealed record RecordAwardServiceRequest : ActionRequest
{
    /// <summary>The day the award was received, as the signed receipt (送达回证) shows.</summary>
    public required DateOnly ServedOn { get; init; }
}
