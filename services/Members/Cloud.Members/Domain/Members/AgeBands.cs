namespace Cloud.Members.Domain.Members;

/// <summary>Which band a birth date falls in on a day, and the birth-date limits that make a band a range query.</summary>
public static class AgeBands
{
    public static AgeBand Of(DateOnly birthDate, DateOnly day) => Age.Years(birthDate, day) switch
    {
        < 35 => AgeBand.UnderThirtyFive,
        < 60 => AgeBand.ThirtyFiveToFiftyNine,
        _ => AgeBand.SixtyOrOver,
    };

    /// <summary>Born after this day: under <paramref name="years"/> on <paramref name="day"/> (agrees with <see cref="Age.Years"/>).</summary>
    public static DateOnly YoungerThanIfBornAfter(int years, DateOnly day) => day.AddYears(-years);

    /// <summary>The birth dates (exclusive lower, inclusive upper limit) of a band on <paramref name="day"/>.</summary>
    public static (DateOnly? BornAfter, DateOnly? BornOnOrBefore) BirthDates(AgeBand band, DateOnly day) => band switch
    {
        AgeBand.UnderThirtyFive => (YoungerThanIfBornAfter(35, day), null),
        AgeBand.ThirtyFiveToFiftyNine => (YoungerThanIfBornAfter(60, day), YoungerThanIfBornAfter(35, day)),
        _ => (null, YoungerThanIfBornAfter(60, day)),
    };
}
