using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>
/// A county goes live as it would in production, all through the gateway: the platform operator onboards it and its
/// administrator, who signs in and works with tokens Identity issued; test-key tokens are worthless here.
/// </summary>
[Collection(PlatformFixture.Name)]
public sealed class SignInTests(SignedInPlatform platform) : IClassFixture<SignedInPlatform>
{
    [Fact]
    public async Task An_onboarded_county_administrator_signs_in_and_works_through_the_gateway()
    {
        var county = Counties.New();
        using var gateway = new HttpClient { BaseAddress = platform.Gateway };
        var operatorToken = await PasswordGrant.TokenAsync(gateway, "platform", SignedInPlatform.PlatformPassword);

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(gateway, operatorToken, "/api/identity/counties", new { code = county, name = "测试县" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(gateway, operatorToken, $"/api/identity/counties/{county}/admins",
            new { login = "admin", displayName = "测试县委组织部管理员", password = "county-admin-secret" })).StatusCode);
        var adminToken = await PasswordGrant.TokenAsync(gateway, $"admin@{county}", "county-admin-secret");

        var created = await PostAsync(gateway, adminToken, "/api/organizations", new { name = "中共测试县城关镇委员会", type = "PrimaryCommittee" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var count = await Eventually.WaitAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reporting/overview");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            var overview = await (await gateway.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            return overview.GetProperty("organizationCount").GetInt32();
        }, n => n == 1, EndToEndTests.Propagation, "the county's overview counts its organization");
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task The_audit_records_where_a_sign_in_came_from_and_a_forged_forwarded_header_does_not_change_it()
    {
        var county = Counties.New();
        using var gateway = new HttpClient { BaseAddress = platform.Gateway };
        var operatorToken = await PasswordGrant.TokenAsync(gateway, "platform", SignedInPlatform.PlatformPassword);
        await PostAsync(gateway, operatorToken, "/api/identity/counties", new { code = county, name = "审计县" });
        await PostAsync(gateway, operatorToken, $"/api/identity/counties/{county}/admins", new { login = "admin", displayName = "审计县管理员", password = "county-admin-secret" });

        gateway.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var adminToken = await PasswordGrant.TokenAsync(gateway, $"admin@{county}", "county-admin-secret");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/audit");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var audit = await (await gateway.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement[]>();
        var signIn = Assert.Single(audit!, r => r.GetProperty("action").GetString() == "SignIn");
        Assert.Equal("127.0.0.1", signIn.GetProperty("clientIp").GetString());
    }

    [Fact]
    public async Task A_token_signed_with_any_other_key_is_refused()
    {
        using var gateway = new HttpClient { BaseAddress = platform.Gateway };

        var response = await PostAsync(gateway, TestTokens.CountyAdmin(Counties.New()), "/api/organizations", new { name = "伪造支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient gateway, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.SendAsync(request);
    }
}
