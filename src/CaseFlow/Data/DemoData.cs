using System.Text.Json;
using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Features.Projects;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseFlow.Data;

/// <summary>
/// A few dozen demo cases in every state of every workflow, made by taking the workflows' own actions
/// on a clock that walks through the weeks before today — so every case, event and number is one
/// the rules could have produced.
/// </summary>
public static class DemoData
{

    /// <summary>Loads the demo cases into an empty database; returns how many were made.</summary>
    public static async Task<int> LoadAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<CaseFlowDbContext>();
        if (await db.Cases.AnyAsync()) return 0;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).DateTime);
        var script = new Script(
            db,
            services.GetRequiredService<WorkflowServices>(),
            services.GetRequiredService<Seeds>().Read<People>("demo/people.json"),
            today);
        await script.RunAsync();
        return await db.Cases.CountAsync();
    }

    sealed class Script(CaseFlowDbContext db, WorkflowServices services, People people, DateOnly today)
    {
        readonly WorkingCalendar calendar = services.Calendar;
        readonly Random random = new(2026);
        readonly DemoClock clock = new();
        DemoPeople names = null!;
        Dictionary<string, User> users = [];
        Dictionary<string, Organisation> organisations = [];
        List<ConstructionProject> projects = [];

        public async Task RunAsync()
        {
            names = new DemoPeople(people, random);
            users = await db.Users.ToDictionaryAsync(u => u.UserName!);
            organisations = await db.Organisations.ToDictionaryAsync(o => o.Code);
            projects = await AddProjects();
            await Arbitrations();
            await Mediations();
            await Inspections();
            await WageWarnings.EvaluateAsync(db, services.Warnings, today);
            db.ChangeTracker.Clear();
        }

        WorkflowContext As(string user) => new(db, Actor.For(users[user]), services with { Time = clock });

        async Task Do(Case @case, string user, string action, ActionRequest? request = null)
        {
            var outcome = await As(user).WorkflowFor(@case).TakeAsync(action, request ?? new NoParameters());
            if (outcome is not ActionOutcome.Done)
                throw new InvalidOperationException($"demo case {@case.Id}: {action} by {user} was refused: {outcome}");
            await db.SaveChangesAsync();
        }

        /// <summary>Each side signs for the mediation statement a day apart; without <paramref name="everyone"/> the respondent has not yet.</summary>
        async Task SignStatement(ArbitrationCase @case, bool everyone)
        {
            foreach (var party in @case.Parties.Where(p => p.Role is PartyRole.Applicant || everyone && p.Role is PartyRole.Respondent).ToList())
            {
                Wait(1);
                await Do(@case, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = party.Id, ReceivedOn = clock.Today });
            }
        }

        /// <summary>Moves the clock on by <paramref name="days"/>, to a working day, never past today.</summary>
        void Wait(int days)
        {
            var day = clock.Today.AddDays(days);
            while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
            clock.Today = day > today ? today : day;
        }

        /// <summary>Starts a case's story <paramref name="daysAgo"/> days before today, on a working day.</summary>
        void StartAt(int daysAgo)
        {
            var day = today.AddDays(-daysAgo);
            while (!calendar.IsWorkingDay(day)) day = day.AddDays(-1);
            clock.Today = day;
        }

        T Pick<T>(IReadOnlyList<T> items) => names.Pick(items);
        List<Party> Parties(int workers, string employer) => names.Parties(workers, employer);
        List<Claim> Claims(bool allowNonMonetary = true) => names.Claims(clock.Today, allowNonMonetary);
        static string CreditCode(string name) => DemoPeople.CreditCode(name);

        async Task<List<ConstructionProject>> AddProjects()
        {
            var brigade = organisations["brigade"].Id;
            var towns = organisations.Values.Where(o => o.Kind == OrganisationKind.MediationCommittee).OrderBy(o => o.Id).ToList();
            var list = people.Projects.Select((p, i) => new ConstructionProject
            {
                OrganisationId = brigade, Name = p.Name, Location = p.Location, DeveloperName = p.Developer, DeveloperCreditCode = CreditCode(p.Developer),
                GeneralContractorName = p.Contractor, GeneralContractorCreditCode = CreditCode(p.Contractor),
                Town = towns.FirstOrDefault(t => p.Location.Contains(Organisation.PlaceOf(t.Name)))?.Code ?? towns[i % towns.Count].Code, PermitNumber = $"440783{today.Year - 1}{random.Next(10000000, 99999999)}",
                StartedOn = today.AddDays(-random.Next(120, 500)), Status = ProjectStatus.UnderConstruction,
                ContractValue = p.Roster * 250_000m, LabourCostShare = 20m,
                WageOfficerName = names.PersonName(), WageOfficerPhone = $"139{random.Next(10000000, 99999999)}",
                InformationBoardPosted = i % 3 != 0,
                WageAccount = $"农民工工资专用账户 {random.Next(1000, 9999)} {random.Next(1000, 9999)}", WageDeposit = p.Deposit,
                CreatedAt = DateTimeOffset.UtcNow, Version = 1,
                Participants = p.Subcontractors.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => new ProjectParticipant { Role = ParticipantRole.Subcontractor, Name = s, CreditCode = CreditCode(s) })
                    .Append(new ProjectParticipant { Role = ParticipantRole.LabourCrew, Name = "钢筋班", LeaderName = names.PersonName() })
                    .Append(new ProjectParticipant { Role = ParticipantRole.LabourCrew, Name = "木工班", LeaderName = names.PersonName() })
                    .ToList(),
            }).ToList();
            foreach (var project in list)
                project.InformationBoardPostedOn = project.InformationBoardPosted ? project.StartedOn!.Value.AddDays(10) : null;
            db.ConstructionProjects.AddRange(list);
            await db.SaveChangesAsync();
            // Each project's real-name roster, in its two crews; a few workers have left.
            foreach (var (project, seed) in list.Zip(people.Projects))
                for (var n = 0; n < seed.Roster; n++)
                    db.ProjectWorkers.Add(new ProjectWorker
                    {
                        ProjectId = project.Id, Name = names.PersonName(), IdNumber = names.IdNumber(), Trade = n % 2 == 0 ? "钢筋工" : "木工",
                        Crew = n % 2 == 0 ? "钢筋班" : "木工班", ContractSigned = n % 7 != 0, WageCardBank = "中国农业银行开平支行",
                        WageCardNumber = $"6228{random.Next(10000000, 99999999)}{random.Next(1000000, 9999999)}",
                        EnteredOn = project.StartedOn!.Value.AddDays(random.Next(0, 60)), LeftOn = n % 11 == 10 ? today.AddDays(-random.Next(5, 60)) : null,
                    });
            await db.SaveChangesAsync();
            // The wages of the last months whose pay day (the 15th) has passed: the labour cost transferred on
            // the 5th, a deposit lodged, the payroll paid through the account except, in the latest month, to some
            // workers: six on the first project (a group dispute), two on the second, a worker who left on the third.
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            var months = new[] { thisMonth.AddMonths(-3), thisMonth.AddMonths(-2), thisMonth.AddMonths(-1) }.Where(m => m.AddMonths(1).AddDays(14) < today).ToList();
            foreach (var (project, index) in list.Select((p, i) => (p, i)))
            {
                db.WageDeposits.Add(new WageDeposit
                {
                    ProjectId = project.Id, ContractorName = project.GeneralContractorName, ContractorCreditCode = project.GeneralContractorCreditCode,
                    Form = index % 2 == 0 ? DepositForm.BankGuarantee : DepositForm.Cash, Amount = project.WageDeposit ?? 300_000m,
                    Basis = "按合同价款比例存储（广东省工程建设领域工资保证金管理规定）", LodgedOn = project.StartedOn!.Value,
                });
                var roster = await db.ProjectWorkers.Where(w => w.ProjectId == project.Id).OrderBy(w => w.Id).ToListAsync();
                foreach (var transferMonth in Enumerable.Range(0, 4).Select(k => thisMonth.AddMonths(k - 3)).Where(m => m.AddDays(4) <= today))
                    db.WageAccountEntries.Add(new WageAccountEntry
                    {
                        ProjectId = project.Id, Kind = AccountEntryKind.LabourCostTransfer, On = transferMonth.AddDays(4),
                        Amount = roster.Count * 6_000m, Reference = $"{transferMonth:yyyy年M月}人工费",
                    });
                foreach (var month in months)
                {
                    var worked = roster.Where(w => w.EnteredOn < month.AddMonths(1) && (w.LeftOn is null || w.LeftOn >= month)).ToList();
                    var latest = month == months[^1];
                    bool Unpaid(ProjectWorker w, int i) => latest && (index switch { 0 => i < 6, 1 => i < 2, 2 => w.LeftOn is not null && worked.Where(x => x.LeftOn is not null).First() == w, _ => false });
                    var payday = month.AddMonths(1).AddDays(14);
                    var payroll = new Payroll
                    {
                        ProjectId = project.Id, Month = month, PaidByGeneralContractor = true,
                        Employer = project.Participants.FirstOrDefault(x => x.Role == ParticipantRole.Subcontractor)?.Name,
                        Lines = worked.Select((w, i) => new PayrollLine
                        {
                            WorkerId = w.Id, Due = 6_000m, Paid = Unpaid(w, i) ? 0m : 6_000m, PaidOn = Unpaid(w, i) ? null : payday, Signed = !Unpaid(w, i),
                        }).ToList(),
                    };
                    db.Payrolls.Add(payroll);
                    db.WageAccountEntries.Add(new WageAccountEntry { ProjectId = project.Id, Kind = AccountEntryKind.WagePayment, On = payday, Amount = payroll.Lines.Sum(l => l.Paid), PayrollMonth = month });
                }
            }
            await db.SaveChangesAsync();
            return list;
        }

        // Arbitration: how far each demo application goes, in lifecycle order.
        enum ArbitrationEnd { Applied, PreCase, Review, Accepted, Served, Tribunal, Scheduled, Heard, Suspended, Award, Statement, Withdrawn, DeemedWithdrawn, Refused, SettledPreCase, SuspensionProposed }

        async Task Arbitrations()
        {
            ArbitrationEnd[] ends =
            [
                ArbitrationEnd.Applied, ArbitrationEnd.Applied, ArbitrationEnd.PreCase, ArbitrationEnd.PreCase, ArbitrationEnd.Review, ArbitrationEnd.Review,
                ArbitrationEnd.Accepted, ArbitrationEnd.Accepted, ArbitrationEnd.Served, ArbitrationEnd.Served, ArbitrationEnd.Tribunal, ArbitrationEnd.Tribunal,
                ArbitrationEnd.Scheduled, ArbitrationEnd.Scheduled, ArbitrationEnd.Scheduled, ArbitrationEnd.Heard, ArbitrationEnd.Heard, ArbitrationEnd.Suspended,
                ArbitrationEnd.Award, ArbitrationEnd.Award, ArbitrationEnd.Award, ArbitrationEnd.Award, ArbitrationEnd.Statement, ArbitrationEnd.Statement,
                ArbitrationEnd.Statement, ArbitrationEnd.Withdrawn, ArbitrationEnd.DeemedWithdrawn, ArbitrationEnd.Refused, ArbitrationEnd.SettledPreCase,
                ArbitrationEnd.Award, ArbitrationEnd.SuspensionProposed,
            ];
            for (var i = 0; i < ends.Length; i++)
                await Arbitration(ends[i], collective: i == 19, simplified: i % 4 == 1, preCase: i % 3 == 0);
        }

        int statements;

        async Task Arbitration(ArbitrationEnd end, bool collective, bool simplified, bool preCase)
        {
            // Roughly four days a step, so that early states are recent and closed cases are weeks old.
            StartAt((int)end * 4 + random.Next(1, 4) + (end >= ArbitrationEnd.Scheduled ? 10 : 0));
            var employer = Pick(people.Employers);
            var @case = new ArbitrationCase
            {
                State = ArbitrationState.Applied, OrganisationId = organisations["commission"].Id, ReceivedOn = clock.Today,
                Summary = $"申请人主张{employer}拖欠工资并要求支付相关款项", Parties = Parties(collective ? 12 : 1, employer), Claims = Claims(),
            };
            await As("registrar").OpenAsync(@case, "open");
            await db.SaveChangesAsync();
            if (end == ArbitrationEnd.Applied) return;

            if (end is ArbitrationEnd.PreCase or ArbitrationEnd.SettledPreCase || (preCase && end > ArbitrationEnd.Review))
            {
                await Do(@case, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
                if (end == ArbitrationEnd.PreCase) return;
                var mediation = await db.MediationCases.Include(m => m.Parties).Include(m => m.Claims).Include(m => m.Sessions).Include(m => m.PaymentSchedule)
                    .SingleAsync(m => m.Id == @case.PreCaseMediationId);
                await Do(mediation, "mediator", "start-mediation");
                await Do(mediation, "mediator", "log-session", Session());
                if (end == ArbitrationEnd.SettledPreCase)
                {
                    await Do(mediation, "mediator", "record-agreement", new AgreementRequest { Terms = $"{employer}于协议签订之日起十日内一次性支付工资", Amount = Math.Round(@case.TotalClaimed * 0.8m, 2) });
                    return;
                }
                await Do(mediation, "mediator", "fail", new NoParameters { Reason = "双方对支付金额分歧较大，调解不成" });
            }
            else
            {
                await Do(@case, "registrar", "submit-for-review");
            }
            if (end == ArbitrationEnd.Review) return;
            Wait(2);
            if (end == ArbitrationEnd.Refused)
            {
                await Do(@case, "head", "refuse", new NoParameters { Reason = "申请人与被申请人之间不存在劳动关系，属劳务合同纠纷，不属于劳动人事争议受案范围" });
                return;
            }
            var track = collective ? ProcedureTrack.Collective : simplified ? ProcedureTrack.Simplified : ProcedureTrack.Ordinary;
            await Do(@case, "registrar", "accept", new AcceptRequest { Track = track, SimplifiedGround = simplified && !collective ? SimplifiedGround.FactsClearWithinAverageWage : null });
            if (end == ArbitrationEnd.Accepted) return;
            Wait(2);
            await Do(@case, "registrar", "serve", new ServeRequest { ServedOn = clock.Today, Method = Pick(new[] { ServiceMethod.Post, ServiceMethod.InPerson, ServiceMethod.Sms }) });
            if (end == ArbitrationEnd.Served) return;
            if (random.Next(2) == 0)
                await Do(@case, "registrar", "record-answer", new RecordAnswerRequest { ReceivedOn = clock.Today });
            if (end == ArbitrationEnd.Withdrawn)
            {
                await Do(@case, "registrar", "withdraw", new NoParameters { Reason = "双方已自行和解，申请人撤回仲裁申请" });
                return;
            }
            Wait(3);
            var arbitrators = new[] { "arbitrator", "arbitrator2", "arbitrator3" }.Select(u => users[u].Id).ToList();
            await Do(@case, "head", "form-tribunal", track == ProcedureTrack.Simplified
                ? new FormTribunalRequest { PresidingArbitratorId = arbitrators[0] }
                : new FormTribunalRequest { PresidingArbitratorId = arbitrators[0], MemberIds = arbitrators[1..] });
            if (end == ArbitrationEnd.Tribunal) return;
            if (end == ArbitrationEnd.SuspensionProposed)
            {
                await Do(@case, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "申请人已申请劳动能力鉴定，尚无鉴定结论" });
                return;
            }
            if (end == ArbitrationEnd.Suspended)
            {
                await Do(@case, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.EmployerTerminated, Reason = "被申请人正在进行破产清算，需等待清算结果" });
                await Do(@case, "head", "suspend", new SuspendRequest { Reason = "被申请人进入破产清算程序，尚未确定权利义务承继者" });
                return;
            }
            // Of the three statements, the first is issued before a hearing and waits for one party's receipt,
            // the second is issued before a hearing and signed by both, the third follows the hearing.
            var statement = end == ArbitrationEnd.Statement ? statements++ : -1;
            if (statement is 0 or 1)
            {
                await Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "被申请人分两期支付工资及经济补偿", Amount = Math.Round(@case.TotalClaimed * 0.85m, 2) });
                await SignStatement(@case, everyone: statement == 1);
                return;
            }
            Wait(1);
            var hearingDay = end == ArbitrationEnd.Scheduled ? calendar.AddWorkingDays(today, 6) : calendar.AddWorkingDays(clock.Today, 6);
            await Do(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = hearingDay.ToDateTime(new TimeOnly(9, 30)), Place = Pick(new[] { "第一仲裁庭", "第二仲裁庭", "仲裁巡回庭（水口镇）" }) });
            if (end == ArbitrationEnd.Scheduled) return;
            clock.Today = hearingDay <= today ? hearingDay : today;
            if (end == ArbitrationEnd.DeemedWithdrawn)
            {
                await Do(@case, "arbitrator", "deem-withdrawn", new NoParameters { Reason = "申请人经书面通知，无正当理由拒不到庭" });
                return;
            }
            await Do(@case, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = clock.Today, Notes = "双方到庭，完成举证质证和辩论" });
            if (end == ArbitrationEnd.Heard) return;
            Wait(5);
            if (end == ArbitrationEnd.Statement)
            {
                await Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "庭后经调解，被申请人同意一次性支付", Amount = Math.Round(@case.TotalClaimed * 0.9m, 2) });
                await SignStatement(@case, everyone: true);
                return;
            }
            await Do(@case, "arbitrator", "award", new AwardRequest
            {
                Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Amount is { } asked ? Math.Round(asked * (random.Next(2) == 0 ? 1m : 0.75m), 2) : 0m)).ToList(),
                Decision = "经审理查明，被申请人未足额支付申请人工资，应予支付；其余请求部分予以支持",
            });
            if (clock.Today.AddDays(3) > today) return;
            Wait(3);
            await Do(@case, "registrar", "record-award-service", new RecordAwardServiceRequest { ServedOn = clock.Today });
        }

        LogSessionRequest Session() => new()
        {
            HeldAt = clock.Today.ToDateTime(new TimeOnly(random.Next(9, 17), 0)),
            Place = "调解室",
            Attendees = "申请人本人、被申请人人事负责人",
            ApplicantPosition = "要求足额支付拖欠工资",
            RespondentPosition = Pick(new[] { "承认拖欠，要求分期支付", "对加班时间有异议", "称经营困难，只能支付部分" }),
            Outcome = Pick(new[] { "双方同意继续协商", "初步达成分期支付意向", "分歧较大" }),
            NextStep = "三日内再次组织调解",
        };

        enum MediationEnd { Registered, InMediation, Agreement, Failed, Fulfilled, Referred, Withdrawn, NotFulfilled }

        async Task Mediations()
        {
            MediationEnd[] ends =
            [
                MediationEnd.Registered, MediationEnd.Registered, MediationEnd.Registered, MediationEnd.InMediation, MediationEnd.InMediation, MediationEnd.InMediation,
                MediationEnd.InMediation, MediationEnd.Agreement, MediationEnd.Agreement, MediationEnd.Agreement, MediationEnd.Agreement, MediationEnd.Failed,
                MediationEnd.Failed, MediationEnd.Fulfilled, MediationEnd.Fulfilled, MediationEnd.Fulfilled, MediationEnd.Fulfilled, MediationEnd.Fulfilled,
                MediationEnd.Referred, MediationEnd.Referred, MediationEnd.Referred, MediationEnd.Withdrawn, MediationEnd.Withdrawn, MediationEnd.NotFulfilled,
            ];
            var towns = organisations.Values.Where(o => o.Kind == OrganisationKind.MediationCommittee).OrderBy(o => o.Id).ToList();
            for (var i = 0; i < ends.Length; i++)
                await Mediation(ends[i], towns[i % towns.Count]);
        }

        async Task Mediation(MediationEnd end, Organisation town)
        {
            var mediator = $"mediator.{town.Code}";
            StartAt(end switch { MediationEnd.Registered => 1, MediationEnd.InMediation => 6, MediationEnd.Agreement => 12, MediationEnd.NotFulfilled => 40, _ => 25 } + random.Next(0, 4));
            var employer = Pick(people.Employers);
            var @case = new MediationCase
            {
                State = MediationState.Registered, OrganisationId = town.Id, ReceivedOn = clock.Today,
                Summary = $"申请人与{employer}因工资支付发生争议", Parties = Parties(1 + random.Next(0, 3), employer), Claims = Claims(allowNonMonetary: false),
            };
            var context = As(mediator);
            await context.IssueCaseNumberAsync(@case);
            await context.OpenAsync(@case, "open");
            await db.SaveChangesAsync();
            if (end == MediationEnd.Registered) return;
            if (end == MediationEnd.Withdrawn)
            {
                await Do(@case, mediator, "withdraw", new NoParameters { Reason = "申请人与单位自行协商解决" });
                return;
            }
            Wait(1);
            await Do(@case, mediator, "start-mediation");
            await Do(@case, mediator, "log-session", Session());
            if (end == MediationEnd.InMediation) return;
            Wait(3);
            if (end is MediationEnd.Failed or MediationEnd.Referred)
            {
                await Do(@case, mediator, "log-session", Session());
                await Do(@case, mediator, "fail", new NoParameters { Reason = "被申请人不同意支付经济补偿，调解不成" });
                if (end == MediationEnd.Referred) await Do(@case, mediator, "refer-to-arbitration", new NoParameters { Reason = "申请人要求申请仲裁" });
                return;
            }
            var amount = Math.Round(@case.TotalClaimed * 0.9m, 2);
            var first = Math.Round(amount / 2, 2);
            await Do(@case, mediator, "record-agreement", new AgreementRequest
            {
                Terms = $"{employer}分两期支付申请人工资共{amount:0.00}元，申请人放弃其他请求",
                Amount = amount,
                PaymentSchedule = [new InstalmentTerms(clock.Today.AddDays(7), first), new InstalmentTerms(clock.Today.AddDays(end == MediationEnd.Agreement ? 30 : 14), amount - first)],
            });
            if (end == MediationEnd.Agreement) return;
            var instalments = @case.PaymentSchedule.OrderBy(p => p.DueOn).ToList();
            Wait(7);
            await Do(@case, mediator, "record-payment", new RecordPaymentRequest { InstalmentId = instalments[0].Id, PaidOn = clock.Today, Amount = instalments[0].Amount });
            Wait(8);
            if (end == MediationEnd.NotFulfilled)
            {
                await Do(@case, mediator, "refer-to-arbitration", new NoParameters { Reason = "第二期款项逾期未付，申请人申请仲裁" });
                return;
            }
            await Do(@case, mediator, "record-payment", new RecordPaymentRequest { InstalmentId = instalments[1].Id, PaidOn = clock.Today, Amount = instalments[1].Amount });
            await Do(@case, mediator, "confirm-fulfilment");
        }

        enum InspectionEnd { Received, Investigating, Ordered, NotRectified, Rectified, NoViolation, Enforced, Refused }

        async Task Inspections()
        {
            InspectionEnd[] ends =
            [
                InspectionEnd.Received, InspectionEnd.Received, InspectionEnd.Received, InspectionEnd.Investigating, InspectionEnd.Investigating,
                InspectionEnd.Investigating, InspectionEnd.Investigating, InspectionEnd.Ordered, InspectionEnd.Ordered, InspectionEnd.Ordered,
                InspectionEnd.NotRectified, InspectionEnd.NotRectified, InspectionEnd.Rectified, InspectionEnd.Rectified, InspectionEnd.Rectified,
                InspectionEnd.Rectified, InspectionEnd.NoViolation, InspectionEnd.NoViolation, InspectionEnd.Enforced, InspectionEnd.Enforced, InspectionEnd.Refused,
            ];
            for (var i = 0; i < ends.Length; i++)
                await Inspection(ends[i], i % 2 == 0 ? projects[i / 2 % projects.Count] : null);
        }

        async Task Inspection(InspectionEnd end, ConstructionProject? project)
        {
            StartAt(end switch { InspectionEnd.Received => 1, InspectionEnd.Investigating => 8, InspectionEnd.Ordered => 10, _ => 35 } + random.Next(0, 4));
            var employer = project is null ? Pick(people.Employers)
                : project.Participants.FirstOrDefault(s => s.Role == ParticipantRole.Subcontractor)?.Name ?? project.GeneralContractorName;
            var parties = Parties(project is null ? 1 + random.Next(0, 2) : 3 + random.Next(0, 6), employer);
            parties.Where(p => p.Kind == PartyKind.Worker).Skip(1).ToList().ForEach(p => p.Role = PartyRole.AffectedWorker);
            var @case = new InspectionCase
            {
                State = InspectionState.Received, OrganisationId = organisations["brigade"].Id, ReceivedOn = clock.Today,
                Source = project is null ? Pick(new[] { ComplaintSource.Hotline12333, ComplaintSource.WalkIn, ComplaintSource.Online }) : Pick(new[] { ComplaintSource.Hotline12345, ComplaintSource.Referral, ComplaintSource.Patrol }),
                ProjectId = project?.Id,
                Summary = project is null ? $"{employer}拖欠员工工资" : $"{project.Name}工地{employer}拖欠农民工工资",
                Parties = parties,
                Arrears = parties.Where(p => p.Kind == PartyKind.Worker)
                    .Select(p => new WorkerArrears { Party = p, AmountOwed = (4000m + random.Next(0, 40) * 250m) * random.Next(1, 4) }).ToList(),
            };
            await As("brigade.registrar").OpenAsync(@case, "open");
            await db.SaveChangesAsync();
            if (end == InspectionEnd.Received) return;
            Wait(2);
            if (end == InspectionEnd.Refused)
            {
                await Do(@case, "inspector", "refuse", new NoParameters { Reason = "投诉事项已由劳动人事争议仲裁委员会受理，不属于劳动保障监察管辖" });
                return;
            }
            await Do(@case, "inspector", "file");
            Wait(2);
            await Do(@case, "inspector", "log-activity", new LogActivityRequest
            {
                Kind = ActivityKind.SiteVisit, At = clock.Today.ToDateTime(new TimeOnly(10, 0)), Place = project?.Name ?? employer,
                Inspectors = "吴国栋、李明", Notes = project is null ? "调取工资发放记录和考勤表" : "检查实名制考勤、工资专用账户流水和维权信息公示牌",
            });
            if (end == InspectionEnd.Investigating) return;
            if (end == InspectionEnd.NoViolation)
            {
                await Do(@case, "inspector", "close-no-violation", new NoParameters { Reason = "经核查工资已按时足额发放" });
                return;
            }
            await Do(@case, "inspector", "order-rectification", new RectificationOrderRequest
            {
                Deadline = calendar.AddWorkingDays(clock.Today, 7), Requirements = $"责令{employer}于期限内足额支付拖欠的劳动者工资",
            });
            if (end == InspectionEnd.Ordered) return;
            var deadline = @case.RectificationDeadline!.Value;
            clock.Today = deadline.AddDays(1) <= today ? deadline.AddDays(1) : today;
            if (end == InspectionEnd.Rectified)
            {
                foreach (var arrears in @case.Arrears)
                    await Do(@case, "inspector", "verify-payment", new VerifyPaymentRequest { PartyId = arrears.PartyId, Amount = arrears.AmountOwed, PaidOn = clock.Today });
                await Do(@case, "inspector", "confirm-rectified");
                return;
            }
            await Do(@case, "inspector", "record-not-rectified");
            if (end == InspectionEnd.NotRectified) return;
            // The penalty by the procedure of 行政处罚法, then the blacklist after its notice (人社部令第45号).
            Wait(1);
            await Do(@case, "brigade.head", "approve-penalty-filing");
            await Do(@case, "inspector", "notify-penalty", new PenaltyNoticeRequest
            {
                Violations = ["pay-records"], Amount = 30000m, Facts = $"{employer}未向农民工提供工资清单，经责令限期改正逾期未改正",
            });
            Wait(4);
            await Do(@case, "brigade.head", "review-penalty", new PenaltyReviewRequest { Reviewer = "法制审核员 黄志文", Opinion = "事实清楚，证据确凿，适用依据正确，程序合法", Approved = true });
            var unpaid = @case.ArrearsOwed - @case.ArrearsPaid;
            await Do(@case, "brigade.head", "penalise", new PenaltyRequest { Amount = 30000m, ExtraCompensation = Math.Round(unpaid * 0.5m, 2), Description = $"{employer}未向农民工提供工资清单，经责令限期改正逾期未改正" });
            await Do(@case, "inspector", "record-penalty-service", new PenaltyServiceRequest { ServedOn = clock.Today, Method = ServiceMethod.InPerson });
            await Do(@case, "brigade.head", "notify-blacklist", new BlacklistNoticeRequest { ExtremeIncident = true, IncidentDescription = "工人二十余人聚集工地门口讨薪，堵塞出入口" });
            Wait(8);
            await Do(@case, "brigade.head", "decide-blacklist", new BlacklistRequest { Decision = BlacklistDecision.Listed, Reason = "陈述申辩期满，当事人未提出陈述申辩" });
            await Do(@case, "inspector", "close");
        }
    }

    /// <summary>The clock the demo stories are told on.</summary>
    internal sealed class DemoClock : TimeProvider
    {
        public DateOnly Today { get; set; }
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), WorkflowContext.ChinaOffset).ToUniversalTime();
    }
}
