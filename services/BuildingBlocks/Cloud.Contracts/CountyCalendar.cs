namespace Cloud.Contracts;

/// <summary>
/// Dates as the county sees them: effective dates, terms and deadlines are calendar days in China Standard Time; a consumer
/// dates an event that carries no effective date by the county day of its <c>OccurredAt</c>.
/// </summary>
public static class CountyCalendar
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaStandardTime).DateTime);
}
