namespace Cloud.Organizations.Domain.Units;

/// <summary>Indicator 2 <c>CoverageRate</c>: units with at least one organization ÷ units in the registry.</summary>
public static class CoverageRate
{
    /// <summary>The share rounded to four places; null when there are no units (no rate, rather than 0 %).</summary>
    public static decimal? Of(int withOrganization, int units) =>
        units == 0 ? null : Math.Round((decimal)withOrganization / units, 4, MidpointRounding.AwayFromZero);
}
