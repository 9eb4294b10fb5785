namespace Cloud.Portal.Api.Organizations;

/// <summary>A village organization's rating of a year (星级 1–5, 等级 1–4).</summary>
public sealed record Rating(int Year, int? StarRating, int? Grade);

/// <summary>A 软弱涣散 flag.</summary>
public sealed record WeakFlag(Guid Id, DateOnly FlaggedOn, DateOnly RectificationDeadline, string? Reason, DateOnly? RectifiedOn, bool Overdue);

public sealed record Honor(Guid Id, string Award, string? Title, int Year, string Level);

/// <summary>结对帮扶: the strong organization helps the weak one.</summary>
public sealed record Pairing(Guid Id, Guid StrongOrganizationId, string StrongOrganizationName, Guid WeakOrganizationId, string WeakOrganizationName, DateOnly StartOn, DateOnly? EndOn);

/// <summary>党建示范点 with its liaison leader.</summary>
public sealed record DemonstrationSite(Guid Id, Guid LiaisonLeaderId, int SinceYear, int? UntilYear);

/// <summary>A host unit; <c>HasOrganization</c> counts toward coverage; <c>Organizations</c> (those linked to it) only on a single unit.</summary>
public sealed record Unit(
    Guid Id, string Name, string Category, string? Township, int FullMemberCount, bool HasOrganization,
    int? EmployeeCount = null, IReadOnlyList<LinkedOrganization>? Organizations = null);

/// <summary>An organization linked to a unit: <c>Link</c> is Host (its host unit) or Covered (a joint branch covering it).</summary>
public sealed record LinkedOrganization(Guid Id, string Name, string Status, string Link);

/// <summary><c>GET /units/coverage</c>: units with an organization per category and in total (indicator 2).</summary>
public sealed record UnitCoverage(IReadOnlyList<CategoryCoverage> Categories, int Units, int WithOrganization);

public sealed record CategoryCoverage(string Category, int Units, int WithOrganization);

/// <summary><c>GET /units/unestablished</c>: units with at least <c>MinFullMembers</c> full members and no organization (应建未建, indicator 3).</summary>
public sealed record UnestablishedUnits(int MinFullMembers, int UnestablishedRequiredCount, IReadOnlyList<Unit> Units);

/// <summary><c>GET /{id}/units</c>: the host unit and, for a joint branch, the further units it covers.</summary>
public sealed record OrganizationUnits(Unit? HostUnit, IReadOnlyList<Unit> CoveredUnits);

/// <summary><c>GET /{id}/member-count</c>.</summary>
public sealed record MemberCount(int FullMembers, int ProbationaryMembers, int Total, DateTimeOffset? CountedAt);

/// <summary>A member on an organization's roll (<c>/api/members/search</c>), to pick post holders by name.</summary>
public sealed record RosterMember(Guid Id, string Name, string Status, string? OrganizationName);

public sealed record RosterPage(IReadOnlyList<RosterMember> Items, string? Next);

/// <summary><c>GET /ratings/distribution</c>: a year's village ratings across the county (星级 and 等级) and the moves since the year before.</summary>
public sealed record RatingDistribution(
    int Year, int Villages, int Rated, IReadOnlyList<StarCount> ByStar, IReadOnlyList<GradeCount> ByGrade,
    int StarUpgrades, int GradeUpgrades, int StarDowngrades, int GradeDowngrades);

public sealed record StarCount(int StarRating, int Count);

public sealed record GradeCount(int Grade, int Count);

/// <summary><c>GET /weak</c>: a year's 软弱涣散 flags with their organizations.</summary>
public sealed record WeakOrganizations(int Year, DateOnly AsOf, int Flagged, int Rectified, int Open, int Overdue, IReadOnlyList<CountyWeakFlag> Flags);

public sealed record CountyWeakFlag(
    Guid Id, Guid OrganizationId, string OrganizationName, DateOnly FlaggedOn, DateOnly RectificationDeadline, string? Reason, DateOnly? RectifiedOn, bool Overdue);

/// <summary><c>GET /honors</c>: a year's honors.</summary>
public sealed record CountyHonors(int Year, int Honors, int Organizations, IReadOnlyList<CountyHonor> Items);

public sealed record CountyHonor(Guid Id, Guid OrganizationId, string OrganizationName, string Award, string? Title, int Year, string Level);

/// <summary><c>GET /pairings</c>: the pairings running in a year.</summary>
public sealed record CountyPairings(int Year, int Count, IReadOnlyList<Pairing> Pairings);

/// <summary><c>GET /demonstration-sites</c>: the sites of a year.</summary>
public sealed record CountyDemonstrationSites(int Year, int Count, IReadOnlyList<CountyDemonstrationSite> Sites);

public sealed record CountyDemonstrationSite(Guid Id, Guid OrganizationId, string OrganizationName, Guid LiaisonLeaderId, int SinceYear, int? UntilYear);
