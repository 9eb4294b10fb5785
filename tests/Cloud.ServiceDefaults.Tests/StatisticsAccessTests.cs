using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.ServiceDefaults.Tests;

/// <summary>Who may read a county's statistics: its own staff, and the city above it (市委组织部), no one else.</summary>
public sealed class StatisticsAccessTests
{
    [Theory]
    [InlineData(CloudRoles.CityViewer, null, "6103", "610304", true)]   // 宝鸡市 reads 陈仓区
    [InlineData(CloudRoles.CityViewer, null, "6103", "431023", false)]  // but not 永兴县 (郴州市)
    [InlineData(CloudRoles.CountyAdmin, "610304", null, "610304", true)]
    [InlineData(CloudRoles.Auditor, "610304", null, "610304", true)]
    [InlineData(CloudRoles.CountyAdmin, "610304", null, "431023", false)]
    [InlineData(CloudRoles.Member, "610304", null, "610304", false)]
    [InlineData(CloudRoles.Ops, null, null, "610304", false)]
    [InlineData(CloudRoles.PlatformAdmin, null, null, "610304", false)]
    public void A_county_is_readable_by_its_staff_and_its_city(string role, string? tenant, string? city, string county, bool allowed)
    {
        var claims = new List<Claim> { new(CloudClaims.Role, role) };
        if (tenant is not null)
        {
            claims.Add(new(CloudClaims.Tenant, tenant));
        }

        if (city is not null)
        {
            claims.Add(new(CloudClaims.City, city));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", CloudClaims.Subject, CloudClaims.Role));

        Assert.Equal(allowed, CloudPolicies.MayReadStatisticsOf(user, county));
    }
}
