namespace Cloud.Organizations.Domain.Ratings;

/// <summary>A village organization's rating for one year: stars (1–5) and grade (一–四类); either may be unset.</summary>
public sealed class VillageRating
{
    private VillageRating()
    {
    }

    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    public int? StarRating { get; private set; }

    /// <summary><c>UpgradeGrade</c>: 1 (一类, best) to 4 (四类).</summary>
    public int? Grade { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static VillageRating For(Guid organizationId, int year) => new() { OrganizationId = organizationId, Year = year };

    /// <summary>Sets the year's rating; check <see cref="VillageRatingScale"/> and <see cref="RatingOnlyForVillageOrganizations"/> first.</summary>
    public void Set(int? starRating, int? grade, DateTimeOffset now)
    {
        StarRating = starRating;
        Grade = grade;
        RecordedAt = now;
    }
}
