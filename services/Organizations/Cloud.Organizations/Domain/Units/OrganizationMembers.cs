namespace Cloud.Organizations.Domain.Units;

/// <summary>The members of an organization (affiliation), from the last count of the Members service; 0 before any count.</summary>
/// <remarks>Init properties rather than a constructor, so a query may filter on them (e.g. <c>FullMembers &gt;= 7</c>).</remarks>
public sealed record OrganizationMembers
{
    public required Guid OrganizationId { get; init; }

    public int FullMembers { get; init; }

    public int ProbationaryMembers { get; init; }

    public DateTimeOffset? CountedAt { get; init; }

    public int Total => FullMembers + ProbationaryMembers;
}
