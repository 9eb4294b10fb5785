namespace Cloud.Reporting.Domain;

/// <summary>
/// The 正式党员 (<c>MemberStatus.Full</c>) and 预备党员 (<c>MemberStatus.Probationary</c>) whose affiliation (组织关系) is one
/// organization, as the Members service last counted them; kept without a link to the tree copy, which may arrive later.
/// </summary>
public sealed class OrganizationMemberCount
{
    private OrganizationMemberCount()
    {
    }

    public Guid OrganizationId { get; private set; }

    public int FullMembers { get; private set; }

    public int ProbationaryMembers { get; private set; }

    /// <summary>When the Members service took the count; a count taken earlier never replaces it.</summary>
    public DateTimeOffset CountedAt { get; private set; }
}
