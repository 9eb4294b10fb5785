namespace Cloud.Organizations.Domain;

// The effective-dated side of an organization: every change carries the date it took effect, which becomes
// EffectiveFrom; the database records each state in organization_versions (Data/Sql/HistorySql.cs).
public sealed partial class Organization
{
    public const int MaxShortNameLength = 50;

    public const int MaxApprovalDocNoLength = 50;

    public const int MaxDissolutionNoteLength = 200;

    /// <summary>The date the current state took effect: the establishment, or the latest change since.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public string? ShortName { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    /// <summary>Set when the organization ended by being merged into another one.</summary>
    public Guid? MergedIntoOrganizationId { get; private set; }

    /// <summary>Why it was dissolved, in the words of whoever dissolved it (not for merges, splits or ended tasks).</summary>
    public string? DissolutionNote { get; private set; }

    /// <summary>批复文号: the superior's approval document of the establishment.</summary>
    public string? ApprovalDocNo { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>Temporary branches (临时党支部) only: the day the task ends, when the branch is dissolved.</summary>
    public DateOnly? TemporaryTaskEndsOn { get; private set; }

    public bool IsDissolved => Status == OrganizationStatus.Dissolved;

    public void Rename(string name, string? shortName, DateOnly on)
    {
        Name = name.Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
        EffectiveFrom = on;
    }

    /// <summary>Ends the organization on <paramref name="on"/>; it takes no new children afterwards.</summary>
    public void Dissolve(DateOnly on, Guid? mergedInto = null, string? note = null)
    {
        Status = OrganizationStatus.Dissolved;
        DissolvedOn = on;
        MergedIntoOrganizationId = mergedInto;
        DissolutionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        EffectiveFrom = on;
    }

    /// <summary>Proposed → Active when the superior approves the establishment.</summary>
    public RuleViolation? Approve(string? approvalDocNo, DateOnly on) =>
        ChangeStatus(OrganizationStatus.Proposed, OrganizationStatus.Active, on, () =>
        {
            ApprovalDocNo = string.IsNullOrWhiteSpace(approvalDocNo) ? null : approvalDocNo.Trim();
            ApprovedOn = on;
        });

    /// <summary>Active → Restructuring while a merge, split or other adjustment is being prepared.</summary>
    public RuleViolation? BeginRestructuring(DateOnly on) =>
        ChangeStatus(OrganizationStatus.Active, OrganizationStatus.Restructuring, on);

    public RuleViolation? EndRestructuring(DateOnly on) =>
        ChangeStatus(OrganizationStatus.Restructuring, OrganizationStatus.Active, on);

    private RuleViolation? ChangeStatus(OrganizationStatus from, OrganizationStatus to, DateOnly on, Action? alongside = null)
    {
        if (Status != from)
        {
            return new("status", $"只有状态为 {from} 的组织才能变为 {to}（当前为 {Status}）");
        }

        Status = to;
        EffectiveFrom = on;
        alongside?.Invoke();
        return null;
    }
}
