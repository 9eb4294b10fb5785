namespace Cloud.Organizations.Domain.Ratings;

/// <summary>党建示范点: an organization named a model site for some years, each linked to one liaison leader (seed 000: 35 sites).</summary>
public sealed class DemonstrationSite
{
    private DemonstrationSite()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The leader (cadre or member) who is the site's contact; referenced by id only.</summary>
    public Guid LiaisonLeaderId { get; private set; }

    public int SinceYear { get; private set; }

    /// <summary>Last year as a site; null while it lasts.</summary>
    public int? UntilYear { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static DemonstrationSite Designate(Guid organizationId, Guid liaisonLeaderId, int sinceYear, int? untilYear, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        LiaisonLeaderId = liaisonLeaderId,
        SinceYear = sinceYear,
        UntilYear = untilYear,
        CreatedAt = now,
    };

    public void Change(Guid liaisonLeaderId, int sinceYear, int? untilYear)
    {
        LiaisonLeaderId = liaisonLeaderId;
        SinceYear = sinceYear;
        UntilYear = untilYear;
    }

    /// <summary>Whether this site's years overlap <paramref name="sinceYear"/>–<paramref name="untilYear"/> (open-ended when null).</summary>
    public bool Overlaps(int sinceYear, int? untilYear) =>
        SinceYear <= (untilYear ?? int.MaxValue) && sinceYear <= (UntilYear ?? int.MaxValue);
}
