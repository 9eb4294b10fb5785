using Cloud.Members.Domain.Members;

namespace Cloud.Members.Tests;

public sealed class AgeBandTests
{
    [Fact]
    public void Birth_date_limits_of_a_band_agree_with_whole_years_of_age_on_every_day_including_leap_days()
    {
        var mismatches = new List<string>();
        for (var day = new DateOnly(2027, 2, 20); day <= new DateOnly(2028, 3, 5); day = day.AddDays(1))
        {
            for (var born = day.AddYears(-61).AddDays(-3); born <= day.AddYears(-59).AddDays(3); born = born.AddDays(1))
            {
                Check(born, day, mismatches);
            }

            for (var born = day.AddYears(-36).AddDays(-3); born <= day.AddYears(-34).AddDays(3); born = born.AddDays(1))
            {
                Check(born, day, mismatches);
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Thirty_five_today_is_no_longer_under_thirty_five()
    {
        var today = new DateOnly(2026, 11, 22);

        Assert.Equal(AgeBand.UnderThirtyFive, AgeBands.Of(new DateOnly(1991, 11, 23), today));
        Assert.Equal(AgeBand.ThirtyFiveToFiftyNine, AgeBands.Of(new DateOnly(1991, 11, 22), today));
        Assert.Equal(AgeBand.ThirtyFiveToFiftyNine, AgeBands.Of(new DateOnly(1966, 11, 23), today));
        Assert.Equal(AgeBand.SixtyOrOver, AgeBands.Of(new DateOnly(1966, 11, 22), today));
    }

    private static void Check(DateOnly born, DateOnly day, List<string> mismatches)
    {
        var band = AgeBands.Of(born, day);
        var (after, onOrBefore) = AgeBands.BirthDates(band, day);
        if ((after is { } a && born <= a) || (onOrBefore is { } b && born > b))
        {
            mismatches.Add($"{born} on {day}: {band}");
        }
    }
}
