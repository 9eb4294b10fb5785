namespace Cloud.Organizations.Domain.Ratings;

/// <summary>An honour an organization received in a year at a level (indicator 47 <c>HonorsCount</c>).</summary>
public sealed class OrganizationHonour
{
    public const int MaxTitleLength = 100;

    private OrganizationHonour()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public HonourAward Award { get; private set; }

    /// <summary>The honour's own name: required for <see cref="HonourAward.Other"/>, optional otherwise (e.g. a batch).</summary>
    public string? Title { get; private set; }

    public int Year { get; private set; }

    public HonourLevel Level { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static OrganizationHonour Grant(Guid organizationId, HonourAward award, string? title, int year, HonourLevel level, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        Award = award,
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
        Year = year,
        Level = level,
        CreatedAt = now,
    };

    /// <summary>An honour of another kind needs its title.</summary>
    public static RuleViolation? OtherHonourNeedsTitle(HonourAward award, string? title) =>
        award == HonourAward.Other && string.IsNullOrWhiteSpace(title) ? new("title", "其他表彰须填写表彰名称") : null;
}
