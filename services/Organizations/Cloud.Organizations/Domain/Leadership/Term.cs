namespace Cloud.Organizations.Domain.Leadership;

/// <summary>届次: one term of an organization's committee, from its election to the next (domain.md §3.1 Term).</summary>
public sealed class Term
{
    public const int MaxDocNoLength = 100;

    private Term()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int TermNumber { get; private set; }

    /// <summary>The election (or appointment) date: the term starts the day it is elected.</summary>
    public DateOnly StartedOn { get; private set; }

    public int TermLengthYears { get; private set; }

    public DateOnly PlannedEndOn { get; private set; }

    public DateOnly? ExtensionApprovedUntil { get; private set; }

    public DateOnly? ExtensionApprovedOn { get; private set; }

    public string? ExtensionApprovalDocNo { get; private set; }

    /// <summary>提前换届: elected before the previous term's planned end, with the superior's approval.</summary>
    public bool EarlyElection { get; private set; }

    /// <summary>The superior's document approving an early election or an appointment.</summary>
    public string? ApprovalDocNo { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public ElectionMethod ElectionMethod { get; private set; }

    public NominationMethod? NominationMethod { get; private set; }

    public int? EligibleVoters { get; private set; }

    public int? VotersPresent { get; private set; }

    public int? SeatsToElect { get; private set; }

    public int? Candidates { get; private set; }

    public IReadOnlyList<ElectedMember> Results { get; private set; } = [];

    /// <summary>The superior approved the secretary (and deputies) on this date (O18).</summary>
    public DateOnly? SuperiorApprovalOn { get; private set; }

    /// <summary>The committee was filed (备案) with the superior on this date (O18).</summary>
    public DateOnly? FilingOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Term Start(Guid organizationId, int termNumber, int termLengthYears, bool earlyElection, ElectionRecord election, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        TermNumber = termNumber,
        StartedOn = election.ElectedOn,
        TermLengthYears = termLengthYears,
        PlannedEndOn = election.ElectedOn.AddYears(termLengthYears),
        EarlyElection = earlyElection,
        ApprovalDocNo = election.ApprovalDocNo,
        ElectionMethod = election.Method,
        NominationMethod = election.NominationMethod,
        EligibleVoters = election.EligibleVoters,
        VotersPresent = election.VotersPresent,
        SeatsToElect = election.SeatsToElect,
        Candidates = election.Candidates,
        Results = [.. election.Results],
        SuperiorApprovalOn = election.SuperiorApprovalOn,
        FilingOn = election.FilingOn,
        RecordedAt = now,
    };

    public TermStatus StatusOn(DateOnly asOf, int dueSoonMonths) =>
        TermStatusRule.StatusOn(asOf, PlannedEndOn, ExtensionApprovedUntil, ExtensionApprovedOn, ClosedOn, dueSoonMonths);

    /// <summary>延期换届: the superior put the election off until <paramref name="until"/>; check <see cref="TermAdjustmentRule"/> first.</summary>
    public void Extend(DateOnly until, DateOnly approvedOn, string approvalDocNo)
    {
        ExtensionApprovedUntil = until;
        ExtensionApprovedOn = approvedOn;
        ExtensionApprovalDocNo = approvalDocNo.Trim();
    }

    /// <summary>Records the superior's approval of the secretary and/or the filing (O18) when they come after the election.</summary>
    public void RecordApproval(DateOnly? superiorApprovalOn, DateOnly? filingOn)
    {
        SuperiorApprovalOn = superiorApprovalOn ?? SuperiorApprovalOn;
        FilingOn = filingOn ?? FilingOn;
    }

    public void Close(DateOnly closedOn) => ClosedOn = closedOn;
}
