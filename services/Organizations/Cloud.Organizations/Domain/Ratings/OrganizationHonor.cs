namespace Cloud.Organizations.Domain.Ratings;

/// <summary>An honor an organization received in a year at a level (indicator 47 <c>HonorsCount</c>).</summary>
public sealed class OrganizationHonor
{
    public const int MaxTitleLength = 100;

    private OrganizationHonor()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public HonorAward Award { get; private set; }

    /// <summary>The honor's own name: required for <see cref="HonorAward.Other"/>, optional otherwise (e.g. a batch).</summary>
    public string? Title { get; private set; }

    public int Year { get; private set; }

    public HonorLevel Level { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static OrganizationHonor Grant(Guid organizationId, HonorAward award, string? title, int year, HonorLevel level, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        Award = award,
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
        Year = year,
        Level = level,
        CreatedAt = now,
    };

    /// <summary>An honor of another kind needs its title.</summary>
    public static RuleViolation? OtherHonorNeedsTitle(HonorAward award, string? title) =>
        award == HonorAward.Other && string.IsNullOrWhiteSpace(title) ? new("title", "其他表彰须填写表彰名称") : null;
}
