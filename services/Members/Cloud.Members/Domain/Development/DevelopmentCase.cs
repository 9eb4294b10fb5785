using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.Development;

/// <summary>
/// One person's way to membership (发展党员) in one county: the application, then each of the 25 steps as a recorded
/// decision. The case refuses a step the rules of its rule set do not allow, moves its stage on the deciding steps,
/// and keeps the earliest due date of its open steps so overdue cases can be found.
/// </summary>
public sealed class DevelopmentCase
{
    private readonly List<DevelopmentDecision> _decisions = [];

    private DevelopmentCase()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // The applicant's national ID, sealed like a member's (see ProtectedNationalId); the hash keeps one open case per person.
    public byte[] NationalIdCiphertext { get; private set; } = [];

    public string NationalIdKeyId { get; private set; } = string.Empty;

    public byte[] NationalIdHash { get; private set; } = [];

    public string NationalIdMasked { get; private set; } = string.Empty;

    public ProtectedNationalId NationalId => new(NationalIdCiphertext, NationalIdKeyId, NationalIdHash, NationalIdMasked);

    public Gender Gender { get; private set; }

    public string Ethnicity { get; private set; } = Ethnicities.Han;

    public DateOnly BirthDate { get; private set; }

    public EducationLevel Education { get; private set; }

    public OccupationCategory Occupation { get; private set; }

    /// <summary>共青团员 (M22).</summary>
    public bool IsLeagueMember { get; private set; }

    /// <summary>The organization the person applied to and that develops them (M2).</summary>
    public Guid OrganizationId { get; private set; }

    public DateOnly ApplicationOn { get; private set; }

    /// <summary>The rule set in force on the day of application (<see cref="DevelopmentRuleSets"/>).</summary>
    public string RuleSetCode { get; private set; } = string.Empty;

    public DevelopmentRuleSet RuleSet => DevelopmentRuleSets.ByCode(RuleSetCode);

    public DevelopmentStage Stage { get; private set; }

    public DateOnly StageSince { get; private set; }

    /// <summary>One year from the admission vote (M17), plus any extension (M18).</summary>
    public DateOnly? ProbationEndsOn { get; private set; }

    /// <summary>0, then 1 once probation has been extended.</summary>
    public int ProbationRound { get; private set; }

    /// <summary>转正 date: the day probation ended (党章第七条: 党龄从预备期满转为正式党员之日算起, M20).</summary>
    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>The member record created when the committee approved admission (M23).</summary>
    public Guid? MemberId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosingBody { get; private set; }

    public string? ClosingDocumentNumber { get; private set; }

    public string? ClosingNote { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>The earliest due date among the steps now open (M3, M6, M12, M15, M17, M19); a case is overdue once it has passed.</summary>
    public DateOnly? NextDueOn { get; private set; }

    /// <summary>Bumped on every change, so two people recording on one case cannot both win.</summary>
    public int Version { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<DevelopmentDecision> Decisions => _decisions;

    public bool IsOpen => Stage is DevelopmentStage.Applicant or DevelopmentStage.Activist or DevelopmentStage.Candidate
        or DevelopmentStage.Probationary or DevelopmentStage.ProbationExtended;

    /// <summary>Opens a case with its application (step 1); null and a refusal when the rules do not allow it (e.g. M1).</summary>
    public static DevelopmentRefusal? Open(
        Guid id, string name, ProtectedNationalId nationalId, ApplicantFacts facts, Guid organizationId, StepRecord application,
        DevelopmentSettings settings, DateTimeOffset at, out DevelopmentCase? opened)
    {
        var candidate = new DevelopmentCase
        {
            Id = id,
            Name = name,
            NationalIdCiphertext = nationalId.Ciphertext,
            NationalIdKeyId = nationalId.KeyId,
            NationalIdHash = nationalId.Hash,
            NationalIdMasked = nationalId.Masked,
            Gender = facts.Gender,
            Ethnicity = facts.Ethnicity,
            BirthDate = facts.BirthDate,
            Education = facts.Education,
            Occupation = facts.Occupation,
            IsLeagueMember = facts.IsLeagueMember,
            OrganizationId = organizationId,
            ApplicationOn = application.DecidedOn,
            RuleSetCode = DevelopmentRuleSets.For(application.DecidedOn).Code,
            Stage = DevelopmentStage.Applicant,
            StageSince = application.DecidedOn,
            OpenedAt = at,
        };
        var refusal = candidate.Record(DevelopmentStep.SubmitApplication, application, settings, [], DecisionSource.Manual, at);
        opened = refusal is null ? candidate : null;
        return refusal;
    }

    /// <summary>Records a step if the case's rule set allows it and moves the stage on; otherwise says which rule refuses it.</summary>
    public DevelopmentRefusal? Record(
        DevelopmentStep step, StepRecord record, DevelopmentSettings settings, IReadOnlyList<MemberStanding> members, DecisionSource source, DateTimeOffset at)
    {
        if (RuleSet.Check(new StepContext(this, step, record, RuleSet, settings, members)) is { } refusal)
        {
            return refusal;
        }

        _decisions.Add(DevelopmentDecision.Of(Id, step, ProbationRound, record, source, at));
        Advance(step, record);
        Touch(at);
        return null;
    }

    /// <summary>Ends a case before admission: the applicant withdrew, or the organization decided not to develop them.</summary>
    public DevelopmentRefusal? Close(DevelopmentStage exit, StepRecord record, DateTimeOffset at)
    {
        if (exit is not (DevelopmentStage.Withdrawn or DevelopmentStage.NotAdopted))
        {
            throw new ArgumentOutOfRangeException(nameof(exit), exit, "Only Withdrawn or NotAdopted close a case.");
        }

        if (Stage is not (DevelopmentStage.Applicant or DevelopmentStage.Activist or DevelopmentStage.Candidate))
        {
            return new DevelopmentRefusal("M21", "只有入党申请人、积极分子和发展对象的档案可以撤回或终止培养");
        }

        if (record.DecidedOn < StageSince)
        {
            return DevelopmentRefusal.OnDecisionDate("M21", $"日期不能早于{StageSince:yyyy-MM-dd}（当前阶段开始之日）");
        }

        (ClosedOn, ClosingBody, ClosingDocumentNumber, ClosingNote) = (record.DecidedOn, record.DecidingBody, record.DocumentNumber, record.Note);
        Move(exit, record.DecidedOn);
        Touch(at);
        return null;
    }

    public void AssignMember(Guid memberId) => MemberId = memberId;

    /// <summary>The decisions of a step that count now: for steps 22–24 those of the current probation round.</summary>
    public IEnumerable<DevelopmentDecision> Recorded(DevelopmentStep step) =>
        _decisions.Where(d => d.Step == step && (!step.IsPerProbationRound() || d.Round == ProbationRound));

    public DevelopmentDecision? Latest(DevelopmentStep step) =>
        Recorded(step).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).LastOrDefault();

    /// <summary>Whether the step is done, or may be skipped under the rule set and everything before it is done.</summary>
    public bool IsSatisfied(DevelopmentStep step) =>
        Recorded(step).Any() || (RuleSet.IsOptional(step) && step.Prerequisites().All(IsSatisfied));

    /// <summary>The outcome of the current probation round: the approval's own, else the general meeting's.</summary>
    public (ProbationOutcome Outcome, int? ExtensionMonths)? ProbationDecision(StepRecord? approval = null)
    {
        var vote = Latest(DevelopmentStep.ConfirmationVote);
        var outcome = approval?.Outcome ?? vote?.Outcome;
        return outcome is { } o ? (o, o == ProbationOutcome.Extend ? approval?.ExtensionMonths ?? vote?.ExtensionMonths : null) : null;
    }

    /// <summary>The stage the case was in at the end of <paramref name="day"/> (the 入党申请人/积极分子/发展对象 pool at a period end); null before it applied.</summary>
    public DevelopmentStage? StageOn(DateOnly day)
    {
        var moves = new List<(DateOnly On, DevelopmentStage Stage)> { (ApplicationOn, DevelopmentStage.Applicant) };
        foreach (var d in _decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt))
        {
            if (StageAfter(d) is { } stage)
            {
                moves.Add((d.DecidedOn, stage));
            }
        }

        if (ClosedOn is { } closed)
        {
            moves.Add((closed, Stage));
        }

        return moves.Where(m => m.On <= day).Select(m => (DevelopmentStage?)m.Stage).LastOrDefault();
    }

    private DevelopmentStage? StageAfter(DevelopmentDecision d) => d.Step switch
    {
        DevelopmentStep.ActivistDecision => DevelopmentStage.Activist,
        DevelopmentStep.CandidateDecision => DevelopmentStage.Candidate,
        DevelopmentStep.CommitteeApproval => DevelopmentStage.Probationary,
        DevelopmentStep.ConfirmationApproval => (d.Outcome ?? _decisions.Where(v => v.Step == DevelopmentStep.ConfirmationVote && v.Round == d.Round).Select(v => v.Outcome).LastOrDefault()) switch
        {
            ProbationOutcome.Confirm => DevelopmentStage.Full,
            ProbationOutcome.Extend => DevelopmentStage.ProbationExtended,
            ProbationOutcome.Cancel => DevelopmentStage.ProbationCancelled,
            _ => null,
        },
        _ => null,
    };

    private void Advance(DevelopmentStep step, StepRecord record)
    {
        switch (step)
        {
            case DevelopmentStep.ActivistDecision:
                Move(DevelopmentStage.Activist, record.DecidedOn);
                break;
            case DevelopmentStep.CandidateDecision:
                Move(DevelopmentStage.Candidate, record.DecidedOn);
                break;
            case DevelopmentStep.CommitteeApproval:
                // M17: probation runs one year from the general meeting's vote.
                ProbationEndsOn = Latest(DevelopmentStep.AdmissionVote)!.DecidedOn.AddYears(1);
                Move(DevelopmentStage.Probationary, record.DecidedOn);
                break;
            case DevelopmentStep.ConfirmationApproval:
                ApplyProbationDecision(record);
                break;
            case DevelopmentStep.Archive:
                ArchivedOn = record.DecidedOn;
                break;
        }
    }

    private void ApplyProbationDecision(StepRecord approval)
    {
        var (outcome, months) = ProbationDecision(approval)!.Value;
        switch (outcome)
        {
            case ProbationOutcome.Confirm:
                ConfirmedOn = ProbationEndsOn;
                Move(DevelopmentStage.Full, approval.DecidedOn);
                break;
            case ProbationOutcome.Extend:
                ProbationEndsOn = ProbationEndsOn!.Value.AddMonths(months!.Value);
                ProbationRound++;
                Move(DevelopmentStage.ProbationExtended, approval.DecidedOn);
                break;
            case ProbationOutcome.Cancel:
                Move(DevelopmentStage.ProbationCancelled, approval.DecidedOn);
                break;
        }
    }

    private void Move(DevelopmentStage stage, DateOnly since)
    {
        Stage = stage;
        StageSince = since;
    }

    private void Touch(DateTimeOffset at)
    {
        NextDueOn = DevelopmentSchedule.Of(this).Where(s => s.IsOpen).Min(s => s.DueOn);
        UpdatedAt = at;
        Version++;
    }
}
