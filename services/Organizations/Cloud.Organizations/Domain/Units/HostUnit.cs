namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// A unit of the county's host-unit registry (单位): a village, community, organ, enterprise, ... that has or should have
/// a Party organization. Needed for <c>CoverageRate</c> and 应建未建 (<c>UnestablishedRequired</c>).
/// </summary>
public sealed class HostUnit
{
    public const int MaxNameLength = 100;

    public const int MaxTownshipLength = Organization.MaxTownshipLength;

    private HostUnit()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public UnitCategory Category { get; private set; }

    /// <summary>The township (乡镇 / 街道) the unit lies in.</summary>
    public string? Township { get; private set; }

    public int? EmployeeCount { get; private set; }

    /// <summary>Full members working in the unit, as last counted by the Members service; 0 until a count arrives.</summary>
    public int FullMemberCount { get; private set; }

    /// <summary>When the Members service took <see cref="FullMemberCount"/>; null until a count arrives.</summary>
    public DateTimeOffset? FullMembersCountedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static HostUnit Register(string name, UnitCategory category, string? township, int? employeeCount, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Category = category,
        Township = string.IsNullOrWhiteSpace(township) ? null : township.Trim(),
        EmployeeCount = employeeCount,
        CreatedAt = now,
    };

    public void Update(string name, UnitCategory category, string? township, int? employeeCount)
    {
        Name = name.Trim();
        Category = category;
        Township = string.IsNullOrWhiteSpace(township) ? null : township.Trim();
        EmployeeCount = employeeCount;
    }

    /// <summary>Takes a count from the Members service unless a newer one is already kept; true when it was taken.</summary>
    public bool RecordFullMembers(int fullMembers, DateTimeOffset countedAt)
    {
        if (!LatestMembershipCountWins.Applies(FullMembersCountedAt, countedAt))
        {
            return false;
        }

        FullMemberCount = fullMembers;
        FullMembersCountedAt = countedAt;
        return true;
    }
}
