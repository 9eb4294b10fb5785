using Cloud.ServiceDefaults.Tenancy;

namespace Cloud.ServiceDefaults.Tests;

public sealed class TenantContextTests
{
    [Theory]
    [InlineData("610304", true)]
    [InlineData("431023", true)]
    [InlineData("61030", false)]
    [InlineData("6103041", false)]
    [InlineData("61030x", false)]
    [InlineData("６１０３０４", false)] // full-width digits are not a code
    [InlineData(null, false)]
    public void A_county_is_a_six_digit_division_code(string? code, bool valid) =>
        Assert.Equal(valid, CountyCode.IsValid(code));

    [Fact]
    public void The_city_is_the_first_four_digits() => Assert.Equal("6103", CountyCode.CityOf("610304"));

    [Fact]
    public void The_county_of_a_scope_cannot_change_once_set()
    {
        var tenant = new TenantContext();
        tenant.Set("610304");
        tenant.Set("610304");

        Assert.Throws<InvalidOperationException>(() => tenant.Set("431023"));
        Assert.Equal("610304", tenant.TenantId);
    }

    [Fact]
    public void Something_else_than_a_county_code_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TenantContext().Set("'; DROP TABLE organizations; --"));
}
