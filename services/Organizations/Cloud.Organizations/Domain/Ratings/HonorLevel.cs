namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Who awarded an honor: county, city, province or the Party centre; stored by name.</summary>
public enum HonorLevel
{
    County,
    City,
    Province,
    National,
}
