namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Who awarded an honour: county, city, province or the Party centre; stored by name.</summary>
public enum HonourLevel
{
    County,
    City,
    Province,
    National,
}
