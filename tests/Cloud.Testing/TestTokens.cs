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
}
