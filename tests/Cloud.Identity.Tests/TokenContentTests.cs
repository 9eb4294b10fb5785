using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>What every service reads from Identity's access tokens (architecture.md §4).</summary>
public sealed class TokenContentTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task The_access_token_is_a_signed_unencrypted_jwt_for_cloud_api_valid_15_minutes()
    {
        var county = await identity.NewCountyAsync();

        var token = await identity.TokenAsync($"admin@{county}", IdentityHost.AdminPassword);

        Assert.Equal(3, token.AccessToken.Split('.').Length); // JWS, not JWE
        var jwt = Jwt.Read(token.AccessToken);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("at+jwt", jwt.Typ);
        Assert.Equal(["cloud-api"], jwt.Audiences);
        Assert.Equal(TestTokens.Identity.Authority + "/", jwt.Issuer);
        Assert.Equal(TimeSpan.FromMinutes(15), jwt.ValidTo - jwt.IssuedAt);
        Assert.InRange(token.ExpiresIn, 890, 900);
    }

    [Fact]
    public async Task The_token_carries_subject_name_each_role_tenant_city_and_org_scope()
    {
        var county = await identity.NewCountyAsync();
        var org = Guid.NewGuid();
        var id = await identity.NewUserAsync(county, "viewer", "viewer-password-1",
            [CloudRoles.OrgAdmin, CloudRoles.CityViewer, CloudRoles.Member], orgScope: org, city: county[..4]);

        var jwt = Jwt.Read((await identity.TokenAsync($"viewer@{county}", "viewer-password-1")).AccessToken);

        Assert.Equal(id.ToString(), jwt.Subject);
        Assert.Equal("用户viewer", jwt.Claim("name"));
        Assert.Equal(new[] { CloudRoles.CityViewer, CloudRoles.Member, CloudRoles.OrgAdmin }, jwt.ClaimsOf("role").Order(StringComparer.Ordinal));
        Assert.Equal(county, jwt.Claim("tenant"));
        Assert.Equal(county[..4], jwt.Claim("city"));
        Assert.Equal(org.ToString(), jwt.Claim("org_scope"));
        Assert.Null(jwt.Claim("realm"));
    }

    [Fact]
    public async Task Discovery_names_the_issuer_and_the_jwks_holds_the_signing_key()
    {
        var county = await identity.NewCountyAsync();
        var jwt = Jwt.Read((await identity.TokenAsync($"admin@{county}", IdentityHost.AdminPassword)).AccessToken);
        using var client = identity.Client();

        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        Assert.Equal(TestTokens.Identity.Authority + "/", discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString(), StringComparison.Ordinal);
        Assert.Contains(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kid").GetString() == jwt.Kid);
    }
}
