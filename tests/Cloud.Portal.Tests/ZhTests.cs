using Cloud.Portal.Formatting;

namespace Cloud.Portal.Tests;

public sealed class ZhTests
{
    [Fact]
    public void Dates_are_written_the_Chinese_way() => Assert.Equal("2026年12月5日", Zh.Date(new DateOnly(2026, 12, 5)));

    [Fact]
    public void A_moment_is_shown_in_China_Standard_Time()
    {
        var lateEveningUtc = new DateTimeOffset(2026, 12, 4, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal("2026年12月5日", Zh.Date(lateEveningUtc));
        Assert.Equal("2026年12月5日 01:30", Zh.DateTime(lateEveningUtc));
    }

    [Fact]
    public void Counts_have_thousands_separators() => Assert.Equal("3,163", Zh.Count(3163));

    [Fact]
    public void Shares_are_percentages_with_one_decimal()
    {
        Assert.Equal("23.9%", Zh.Percent(0.2391));
        Assert.Equal("50%", Zh.Percent(1, 2));
        Assert.Equal("—", Zh.Percent(1, 0));
    }

    [Fact]
    public void A_missing_date_is_a_dash() => Assert.Equal("—", Zh.Date((DateOnly?)null));
}
