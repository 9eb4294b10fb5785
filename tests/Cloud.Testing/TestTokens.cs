using Cloud.ServiceDefaults.Auth;

namespace Cloud.Testing;

/// <summary>Tokens signed with a key made for this test run, as the Identity service would issue them.</summary>
public static class TestTokens
{
    public static readonly CloudIdentityOptions Identity = new()
    {
        Authority = "https://identity.cloud.test",
        Audience = "cloud-api",
        SigningKey = DevelopmentTokens.NewSigningKey(),
    };

    public static string CountyAdmin(string county) => For(county, CloudRoles.CountyAdmin);

    public static string For(string? county, params string[] roles) =>
        DevelopmentTokens.Create(Identity, $"test-{Guid.NewGuid():N}", county, roles);

    /// <summary>An OrgAdmin or BranchSecretary of <paramref name="county"/> whose org scope is <paramref name="scope"/>.</summary>
    public static string Scoped(string county, Guid scope, string role = CloudRoles.OrgAdmin) =>
        DevelopmentTokens.Create(Identity, $"test-{Guid.NewGuid():N}", county, [role], extraClaims: [new(CloudClaims.OrgScope, scope.ToString())]);

    /// <summary>A token for one role as Identity issues it: county roles carry the county, scoped roles an org scope, a city viewer its city.</summary>
    public static string ForRole(string role, string county)
    {
        var claims = new List<System.Security.Claims.Claim>();
        string? tenant = county;
        switch (role)
        {
            case CloudRoles.PlatformAdmin or CloudRoles.Ops:
                tenant = null;
                break;
            case CloudRoles.CityViewer:
                tenant = null;
                claims.Add(new(CloudClaims.City, county[..4]));
                break;
            case CloudRoles.OrgAdmin or CloudRoles.BranchSecretary:
                claims.Add(new(CloudClaims.OrgScope, Guid.NewGuid().ToString()));
                break;
        }

        return DevelopmentTokens.Create(Identity, $"test-{Guid.NewGuid():N}", tenant, [role], extraClaims: claims);
    }
}
