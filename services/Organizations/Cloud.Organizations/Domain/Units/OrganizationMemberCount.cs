namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// The members whose affiliation (组织关系) is an organization, as last counted by the Members service. Kept without a
/// link to the organization row, so a count is kept whatever the order of arrival; reads join it to the organization.
/// </summary>
public sealed class OrganizationMemberCount
{
    private OrganizationMemberCount()
    {
    }

    public Guid OrganizationId { get; private set; }

    public int FullMembers { get; private set; }

    public int ProbationaryMembers { get; private set; }

    public DateTimeOffset CountedAt { get; private set; }

    public int Total => FullMembers + ProbationaryMembers;

    public static OrganizationMemberCount Counted(Guid organizationId, int fullMembers, int probationaryMembers, DateTimeOffset countedAt) => new()
    {
        OrganizationId = organizationId,
        FullMembers = fullMembers,
        ProbationaryMembers = probationaryMembers,
        CountedAt = countedAt,
    };

    /// <summary>Takes a newer count; true when it was taken (see <see cref="LatestMembershipCountWins"/>).</summary>
    public bool Record(int fullMembers, int probationaryMembers, DateTimeOffset countedAt)
    {
        if (!LatestMembershipCountWins.Applies(CountedAt, countedAt))
        {
            return false;
        }

        FullMembers = fullMembers;
        ProbationaryMembers = probationaryMembers;
        CountedAt = countedAt;
        return true;
    }
}
