using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;

namespace CaseFlow.Features.Cases;

public sealed record PartyView(long Id, PartyRole Role, PartyKind Kind, string Name, string? IdNumber, string? CreditCode,
    string? Phone, string? Address, bool IsRepresentative, long? RepresentsPartyId);

public sealed record ClaimView(long Id, ClaimType Type, string? Description, decimal? Amount, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    DateOnly? EmploymentStart, decimal? WageStandard, decimal? AmountAdmitted, decimal? AmountAwarded, bool? IsFinal, bool IsCounterclaim,
    LimitationStatus? LimitationStatus, DateOnly? LimitationExpiresOn, string? LimitationNote, DateOnly? PartiallyAwardedOn);

public sealed record TribunalSeatView(int ArbitratorId, string? Name, bool IsPresiding);

public sealed record ArbitrationDetails(ProcedureTrack Track, long? PreCaseMediationId, long? ReferredFromMediationId, string? NonAcceptanceReason,
    DateOnly? ServedOn, ServiceMethod? ServiceMethod, DateOnly? TribunalFormedOn, IReadOnlyList<TribunalSeatView> Tribunal,
    DateTime? HearingAt, string? HearingPlace, DateOnly? HeardOn, ArbitrationState? SuspendedFrom, DateOnly? SuspendedOn,
    int? ExtensionDays, DateOnly? ExtensionApprovedOn, string? Decision, DateOnly? HearingNoticeOn, DateOnly? AnsweredOn, DateOnly? PeriodRestartedOn,
    DateOnly? AwardServedOn, FinalAwardBasis? FinalAward, DateOnly? StatementIssuedOn, decimal? SettlementAmount, IReadOnlyList<ReceiptView> Receipts,
    SuspensionGround? SuspensionGround, string? SuspensionReason, DateOnly? SuspensionProposedOn, DateOnly? ServiceDeemedOn, string? ExtensionReason,
    IReadOnlyList<AfterAwardView> AfterAward, DateOnly? EmploymentEndedOn, bool EmploymentContinues,
    DateOnly? AdvanceExecutionOn, decimal? AdvanceExecutionAmount, string? AdvanceExecutionClaims, IReadOnlyList<CorrectionView> Corrections);

/// <summary>A correction (补正) of an issued award.</summary>
public sealed record CorrectionView(string Document, CorrectionKind Kind, string? Original, string Corrected, string Reason, DateOnly On);

/// <summary>A suit, an application to set aside or an enforcement application after the decision.</summary>
public sealed record AfterAwardView(AfterAwardKind Kind, long PartyId, string PartyName, DateOnly On, string Court, string? CourtReference);

/// <summary>送达回证: a party's receipt of a document; superseded when the document no longer stands.</summary>
public sealed record ReceiptView(long PartyId, string PartyName, string Document, DateOnly ReceivedOn, ServiceMethod Method, bool Superseded);

/// <summary>The minimum wage the final-award marks of the claims rest on (劳动争议调解仲裁法 art. 47).</summary>
public sealed record FinalAwardBasis(decimal MonthlyMinimumWage, decimal Threshold, string Source, bool Confirmed);

public sealed record MediationDetails(bool IsPreCaseMediation, long? ArbitrationCaseId, long? ReferredToArbitrationId, string? FailureReason,
    IReadOnlyList<MediationSession> Sessions, DateOnly? AgreedOn, string? AgreementTerms, decimal? AgreementAmount,
    IReadOnlyList<Instalment> PaymentSchedule, Fulfilment? Fulfilment, IReadOnlyList<ConfirmationView> Confirmations,
    bool AtEnterpriseCommittee, int? ExtensionDays);

/// <summary>An application to have a mediation agreement reviewed or confirmed, and its outcome.</summary>
public sealed record ConfirmationView(ConfirmationRoute Route, DateOnly AppliedOn, string Body, string? Reference, ConfirmationOutcome? Outcome, DateOnly? DecidedOn, string? Note);

public sealed record ArrearsView(long PartyId, string WorkerName, decimal AmountOwed, decimal AmountPaid, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? VerifiedOn);

public sealed record InspectionDetails(ComplaintSource Source, long? ProjectId, string? ProjectName, string? NonAcceptanceReason,
    int? InvestigationExtensionDays, IReadOnlyList<InspectionActivity> Activities, IReadOnlyList<ArrearsView> Arrears,
    decimal ArrearsOwed, decimal ArrearsPaid, DateOnly? RectificationOrderedOn, DateOnly? RectificationDeadline, string? RectificationRequirements,
    DateOnly? PenaltyDecidedOn, decimal? PenaltyAmount, decimal? ExtraCompensation, string? PenaltyDescription,
    DateOnly? TransferredToPoliceOn, string? PoliceTransferReference, BlacklistDecision? Blacklist, DateOnly? BlacklistDecidedOn, string? BlacklistReason,
    string? OrderedViolations, DateOnly? PenaltyFiledOn, string? PenaltyViolations, string? PenaltyBasis, DateOnly? PenaltyNoticeOn, decimal? PenaltyNoticeAmount,
    DateOnly? DefenceEndsOn, bool HearingRight, DateOnly? HearingRequestEndsOn, DateOnly? DefenceOn, string? DefenceStatement, DateOnly? HearingRequestedOn,
    DateOnly? HearingHeldOn, string? HearingRecord, DateOnly? LegalReviewOn, string? LegalReviewer, string? LegalReviewOpinion, bool? LegalReviewApproved,
    string? PenaltyDecisionNumber, string? PenaltyTerms, DateOnly? PenaltyServedOn, Arbitration.ServiceMethod? PenaltyServiceMethod,
    DateOnly? BlacklistNoticeOn, string? BlacklistGrounds, DateOnly? BlacklistDefenceEndsOn, string? BlacklistDecisionNumber, string? BlacklistTerms);

/// <summary>One case as the API shows it.</summary>
public sealed record CaseView(
    long Id, CaseKind Kind, string? CaseNumber, int OrganisationId, string? OrganisationName, string State, int Version,
    DateOnly ReceivedOn, DateOnly? AcceptedOn, DateOnly? ClosedOn, ClosureType? ClosureType, string? Summary, decimal TotalClaimed,
    string? LimitationNote, IReadOnlyList<Clocks.ClockView> Clocks,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<ClaimView> Claims,
    ArbitrationDetails? Arbitration, MediationDetails? Mediation, InspectionDetails? Inspection)
{
    public static CaseView Of(Case c, bool fullIdentityNumbers, IReadOnlyList<Clocks.ClockView> clocks)
    {
        return new CaseView(
            c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.Organisation?.Name, c.StateName, c.Version,
            c.ReceivedOn, c.AcceptedOn, c.ClosedOn, c.ClosureType, c.Summary, c.TotalClaimed, c.LimitationNote, clocks,
            c.Parties.OrderBy(p => p.Id).Select(p => new PartyView(p.Id, p.Role, p.Kind, p.Name,
                Infrastructure.PersonalData.IdNumber(p.IdNumber, fullIdentityNumbers), p.CreditCode, Infrastructure.PersonalData.Phone(p.Phone, fullIdentityNumbers), p.Address, p.IsRepresentative, p.RepresentsPartyId)).ToList(),
            c.Claims.OrderBy(x => x.Id).Select(x => new ClaimView(x.Id, x.Type, x.Description, x.Amount, x.PeriodFrom, x.PeriodTo, x.EmploymentStart, x.WageStandard, x.AmountAdmitted, x.AmountAwarded, x.IsFinal, x.IsCounterclaim,
                x.LimitationStatus, x.LimitationExpiresOn, x.LimitationNote, x.PartiallyAwardedOn)).ToList(),
            c is ArbitrationCase a ? new ArbitrationDetails(a.Track, a.PreCaseMediationId, a.ReferredFromMediationId, a.NonAcceptanceReason,
                a.ServedOn, a.ServiceMethod, a.TribunalFormedOn,
                a.Tribunal.OrderByDescending(s => s.IsPresiding).Select(s => new TribunalSeatView(s.ArbitratorId, s.Arbitrator?.DisplayName, s.IsPresiding)).ToList(),
                a.HearingAt, a.HearingPlace, a.HeardOn, a.SuspendedFrom, a.SuspendedOn, a.ExtensionDays, a.ExtensionApprovedOn, a.Decision,
                a.HearingNoticeOn, a.AnsweredOn, a.PeriodRestartedOn, a.AwardServedOn,
                a.MinimumWageUsed is { } wage && a.FinalAwardThreshold is { } threshold ? new FinalAwardBasis(wage, threshold, a.MinimumWageSource ?? "", a.MinimumWageConfirmed ?? false) : null,
                a.StatementIssuedOn, a.SettlementAmount,
                a.Receipts.OrderBy(r => r.Id).Select(r => new ReceiptView(r.PartyId, c.Parties.FirstOrDefault(p => p.Id == r.PartyId)?.Name ?? "", r.Document, r.ReceivedOn, r.Method, r.Superseded)).ToList(),
                a.SuspensionGround, a.SuspensionReason, a.SuspensionProposedOn, a.ServiceDeemedOn, a.ExtensionReason,
                a.AfterAward.OrderBy(e => e.On).ThenBy(e => e.Id).Select(e => new AfterAwardView(e.Kind, e.PartyId, c.Parties.FirstOrDefault(p => p.Id == e.PartyId)?.Name ?? "", e.On, e.Court, e.CourtReference)).ToList(),
                a.EmploymentEndedOn, a.EmploymentContinues, a.AdvanceExecutionOn, a.AdvanceExecutionAmount, a.AdvanceExecutionClaims,
                a.Corrections.OrderBy(x => x.Id).Select(x => new CorrectionView(x.Document, x.Kind, x.Original, x.Corrected, x.Reason, x.On)).ToList()) : null,
            c is MediationCase m ? new MediationDetails(m.IsPreCaseMediation, m.ArbitrationCaseId, m.ReferredToArbitrationId, m.FailureReason,
                m.Sessions.OrderBy(s => s.HeldAt).ToList(), m.AgreedOn, m.AgreementTerms, m.AgreementAmount,
                m.PaymentSchedule.OrderBy(p => p.DueOn).ToList(), m.Fulfilment,
                m.Confirmations.OrderBy(x => x.Id).Select(x => new ConfirmationView(x.Route, x.AppliedOn, x.Body, x.Reference, x.Outcome, x.DecidedOn, x.Note)).ToList(),
                m.AtEnterpriseCommittee, m.ExtensionDays) : null,
            c is InspectionCase i ? new InspectionDetails(i.Source, i.ProjectId, i.Project?.Name, i.NonAcceptanceReason, i.InvestigationExtensionDays,
                i.Activities.OrderBy(x => x.At).ToList(),
                i.Arrears.OrderBy(x => x.Id).Select(x => new ArrearsView(x.PartyId, x.Party?.Name ?? "", x.AmountOwed, x.AmountPaid, x.PeriodFrom, x.PeriodTo, x.VerifiedOn)).ToList(),
                i.ArrearsOwed, i.ArrearsPaid, i.RectificationOrderedOn, i.RectificationDeadline, i.RectificationRequirements,
                i.PenaltyDecidedOn, i.PenaltyAmount, i.ExtraCompensation, i.PenaltyDescription,
                i.TransferredToPoliceOn, i.PoliceTransferReference, i.Blacklist, i.BlacklistDecidedOn, i.BlacklistReason,
                i.OrderedViolations, i.PenaltyFiledOn, i.PenaltyViolations, i.PenaltyBasis, i.PenaltyNoticeOn, i.PenaltyNoticeAmount,
                i.DefenceEndsOn, i.HearingRight, i.HearingRequestEndsOn, i.DefenceOn, i.DefenceStatement, i.HearingRequestedOn,
                i.HearingHeldOn, i.HearingRecord, i.LegalReviewOn, i.LegalReviewer, i.LegalReviewOpinion, i.LegalReviewApproved,
                i.PenaltyDecisionNumber, i.PenaltyTerms, i.PenaltyServedOn, i.PenaltyServiceMethod,
                i.BlacklistNoticeOn, i.BlacklistGrounds, i.BlacklistDefenceEndsOn, i.BlacklistDecisionNumber, i.BlacklistTerms) : null);
    }
}

/// <summary>One row of a case list.</summary>
public sealed record CaseSummary(long Id, CaseKind Kind, string? CaseNumber, int OrganisationId, string State, int Version,
    DateOnly ReceivedOn, DateOnly? AcceptedOn, DateOnly? ClosedOn, ClosureType? ClosureType, string Applicants, string Respondents, int? AssigneeId);

public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total);

public sealed record EventView(int Sequence, DateTimeOffset At, int? ActorId, string ActorName, string Action, string FromState, string ToState, string? Parameters, string? Reason, string? Documents);

/// <summary>An action the user may take now, with everything a client needs to build its form.</summary>
public sealed record ActionView(string Name, string Label, string? Hint, IReadOnlyList<Role> Roles, bool RequiresReason,
    IReadOnlyList<Workflows.ParameterInfo> Parameters, string Href);
