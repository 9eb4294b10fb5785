using Cloud.Members.Domain.Members;

namespace Cloud.Members.Tests;

public sealed class NationalIdTests
{
    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Gender.Female)] // the GB 11643 standard's own example
    [InlineData("110105194912310029", 1949, 12, 31, Gender.Female, false)]
    public void Check_digit_follows_GB_11643(string value, int year, int month, int day, Gender gender, bool valid = true)
    {
        var parsed = NationalId.TryParse(value, out var id, out var error);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.Equal((new DateOnly(year, month, day), gender), (id.BirthDate, id.Gender));
        }
        else
        {
            Assert.Equal("身份证号码校验位不正确，请核对", error);
        }
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_kept_upper_case()
    {
        Assert.True(NationalId.TryParse(" 11010519491231002x ", out var id, out _));
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void Old_15_digit_numbers_are_refused_with_their_own_message()
    {
        Assert.False(NationalId.TryParse("110105491231002", out _, out var error));
        Assert.Contains("15位", error);
    }

    [Theory]
    [InlineData("61030419990230001X")] // no 30 February
    [InlineData("6103041999023000")]
    [InlineData("61030419990230A01X")]
    public void Malformed_numbers_are_refused(string value) => Assert.False(NationalId.TryParse(value, out _, out _));

    [Fact]
    public void Birth_date_and_gender_must_match_the_number()
    {
        Assert.True(NationalId.TryParse("11010519491231002X", out var id, out _));

        Assert.Empty(id.Mismatches(new DateOnly(1949, 12, 31), Gender.Female));
        Assert.Equal(["birthDate", "gender"], id.Mismatches(new DateOnly(1950, 1, 1), Gender.Male).Select(m => m.Field));
    }

    [Fact]
    public void Masked_form_shows_four_and_four_and_is_what_ToString_gives()
    {
        Assert.True(NationalId.TryParse("11010519491231002X", out var id, out _));

        Assert.Equal("1101**********002X", id.Masked);
        Assert.Equal(id.Masked, $"{id}");
    }
}
