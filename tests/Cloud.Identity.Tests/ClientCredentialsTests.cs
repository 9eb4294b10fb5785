using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

public sealed class ClientCredentialsTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_county_client_reads_its_county_as_an_auditor()
    {
        var county = await identity.NewCountyAsync();
        using var platform = identity.Platform();
        var (clientId, secret) = await CreateAsync(platform, new { displayName = "纪检系统", county });

        var jwt = Jwt.Read(await ClientTokenAsync(clientId, secret));

        Assert.Equal(clientId, jwt.Subject);
        Assert.Equal(county, jwt.Claim("tenant"));
        Assert.Equal([CloudRoles.Auditor], jwt.ClaimsOf("role"));
        using var auditor = identity.Client(jwt.EncodedToken);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/identity/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/identity/users")).StatusCode);
    }

    [Fact]
    public async Task A_city_client_reads_statistics_of_its_city_as_a_city_viewer()
    {
        using var platform = identity.Platform();
        var (clientId, secret) = await CreateAsync(platform, new { displayName = "宝鸡市统计系统", city = "6103" });

        var jwt = Jwt.Read(await ClientTokenAsync(clientId, secret));

        Assert.Null(jwt.Claim("tenant"));
        Assert.Equal("6103", jwt.Claim("city"));
        Assert.Equal([CloudRoles.CityViewer], jwt.ClaimsOf("role"));
    }

    [Fact]
    public async Task A_county_admins_client_is_for_the_admins_county_whatever_the_body_says()
    {
        var county = await identity.NewCountyAsync();
        var other = await identity.NewCountyAsync();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var (clientId, secret) = await CreateAsync(admin, new { displayName = "本县系统", county = other });

        Assert.Equal(county, Jwt.Read(await ClientTokenAsync(clientId, secret)).Claim("tenant"));
    }

    [Fact]
    public async Task A_client_of_a_suspended_county_gets_no_token()
    {
        var county = await identity.NewCountyAsync();
        using var platform = identity.Platform();
        var (clientId, secret) = await CreateAsync(platform, new { displayName = "停用县系统", county });
        await platform.PostAsync($"/api/identity/counties/{county}/suspend", null);

        using var response = await RequestAsync(clientId, secret);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        using var platform = identity.Platform();
        var (clientId, _) = await CreateAsync(platform, new { displayName = "某系统", city = "6103" });

        using var response = await RequestAsync(clientId, "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    private static async Task<(string ClientId, string Secret)> CreateAsync(HttpClient caller, object request)
    {
        var response = await caller.PostAsJsonAsync("/api/identity/clients", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }

    private async Task<string> ClientTokenAsync(string clientId, string secret)
    {
        using var response = await RequestAsync(clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return TokenResponse.Parse(body).AccessToken;
    }

    private async Task<HttpResponseMessage> RequestAsync(string clientId, string secret)
    {
        using var client = identity.Client();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
    }
}
