namespace Cloud.Organizations.Domain;

/// <summary>Dates as the county sees them: effective dates, terms and deadlines are calendar days in China Standard Time.</summary>
public static class CountyCalendar
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaStandardTime).DateTime);
}
