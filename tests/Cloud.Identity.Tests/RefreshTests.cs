using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>A refresh token works while the user and the county are active, and stops when either is not.</summary>
public sealed class RefreshTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token()
    {
        var county = await identity.NewCountyAsync();
        var first = await identity.TokenAsync($"admin@{county}", IdentityHost.AdminPassword);
        Assert.NotNull(first.RefreshToken);

        using var response = await identity.RefreshAsync(first.RefreshToken!);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var refreshed = TokenResponse.Parse(body);
        Assert.Equal(county, Jwt.Read(refreshed.AccessToken).Claim("tenant"));
        Assert.Equal(Jwt.Read(first.AccessToken).Subject, Jwt.Read(refreshed.AccessToken).Subject);
    }

    [Fact]
    public async Task After_the_county_is_suspended_refresh_is_refused()
    {
        var county = await identity.NewCountyAsync();
        var token = await identity.TokenAsync($"admin@{county}", IdentityHost.AdminPassword);
        using var platform = identity.Platform();
        Assert.Equal(HttpStatusCode.OK, (await platform.PostAsync($"/api/identity/counties/{county}/suspend", null)).StatusCode);

        using var response = await identity.RefreshAsync(token.RefreshToken!);

        await AssertInvalidGrantAsync(response);
    }

    [Fact]
    public async Task After_the_user_is_disabled_refresh_is_refused()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "member1", "member-password-1", [CloudRoles.Member]);
        var token = await identity.TokenAsync($"member1@{county}", "member-password-1");
        using var admin = identity.Client(TestTokens.CountyAdmin(county));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/users/{id}/disable", null)).StatusCode);

        using var response = await identity.RefreshAsync(token.RefreshToken!);

        await AssertInvalidGrantAsync(response);
    }

    [Fact]
    public async Task A_refreshed_token_says_what_the_roles_are_now()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "member2", "member-password-2", [CloudRoles.Member]);
        var token = await identity.TokenAsync($"member2@{county}", "member-password-2");
        using var admin = identity.Client(TestTokens.CountyAdmin(county));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { CloudRoles.Auditor } })).StatusCode);

        using var response = await identity.RefreshAsync(token.RefreshToken!);

        Assert.Equal([CloudRoles.Auditor], Jwt.Read(TokenResponse.Parse(await response.Content.ReadAsStringAsync()).AccessToken).ClaimsOf("role"));
    }

    internal static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("invalid_grant", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }
}
