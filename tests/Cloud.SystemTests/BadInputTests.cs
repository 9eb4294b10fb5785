using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>Bad input gets problem+json with a Chinese title and field errors, never a 500, and writes nothing.</summary>
[Collection(PlatformFixture.Name)]
public sealed class BadInputTests(Platform platform)
{
    private readonly string _county = Counties.New();

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = platform.Client(TestTokens.CountyAdmin(_county));

        var response = await client.PostAsync("/api/organizations", new StringContent("{\"name\": \"千河镇\", \"type\":", Encoding.UTF8, "application/json"));

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("body");
        await AssertNothingWrittenAsync(client);
    }

    [Theory]
    [InlineData("{\"type\": \"Branch\"}", "name")]
    [InlineData("{\"name\": \"  \", \"type\": \"Branch\"}", "name")]
    [InlineData("{\"name\": \"千河镇东坡村党支部\"}", "type")]
    [InlineData("{\"name\": \"千河镇东坡村党支部\", \"type\": \"Village\"}", "type")]
    [InlineData("{\"name\": \"千河镇东坡村党支部\", \"type\": \"7\"}", "type")]
    [InlineData("{\"name\": \"千河镇东坡村党支部\", \"type\": \"Branch\", \"parentId\": \"0199a0b1-0000-7000-8000-000000000001\"}", "parentId")]
    public async Task Missing_or_invalid_fields_are_named_in_the_problem(string body, string field)
    {
        using var client = platform.Client(TestTokens.CountyAdmin(_county));

        var response = await client.PostAsync("/api/organizations", new StringContent(body, Encoding.UTF8, "application/json"));

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
        await AssertNothingWrittenAsync(client);
    }

    [Fact]
    public async Task An_over_long_name_is_refused()
    {
        using var client = platform.Client(TestTokens.CountyAdmin(_county));

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = new string('党', 101), type = "Branch" });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("name");
        await AssertNothingWrittenAsync(client);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        using var client = platform.Client(TestTokens.CountyAdmin(_county));

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = new string('x', 2 * 1024 * 1024), type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWrittenAsync(client);
    }

    [Fact]
    public async Task No_token_is_a_401_problem()
    {
        using var anonymous = platform.Client();

        var response = await anonymous.PostAsJsonAsync("/api/organizations", new { name = "无令牌支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/reporting/overview")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_a_401_problem()
    {
        var expired = DevelopmentTokens.Create(TestTokens.Identity, "expired", _county, [CloudRoles.CountyAdmin],
            lifetime: TimeSpan.FromMinutes(15), notBefore: DateTime.UtcNow.AddHours(-2));
        using var client = platform.Client(expired);

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "过期令牌支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await AssertNothingWrittenAsync(platform.Client(TestTokens.CountyAdmin(_county)));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_a_401_problem()
    {
        var forged = DevelopmentTokens.Create(
            new CloudIdentityOptions { Authority = TestTokens.Identity.Authority, Audience = TestTokens.Identity.Audience, SigningKey = DevelopmentTokens.NewSigningKey() },
            "forger", _county, [CloudRoles.CountyAdmin]);
        using var client = platform.Client(forged);

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "伪造令牌支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await AssertNothingWrittenAsync(platform.Client(TestTokens.CountyAdmin(_county)));
    }

    [Fact]
    public async Task A_token_for_another_audience_is_a_401_problem()
    {
        var elsewhere = DevelopmentTokens.Create(
            new CloudIdentityOptions { Authority = TestTokens.Identity.Authority, Audience = "some-other-api", SigningKey = TestTokens.Identity.SigningKey },
            "elsewhere", _county, [CloudRoles.CountyAdmin]);
        using var client = platform.Client(elsewhere);

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "他用令牌支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await AssertNothingWrittenAsync(platform.Client(TestTokens.CountyAdmin(_county)));
    }

    [Fact]
    public async Task A_member_may_not_change_the_organization_tree()
    {
        using var client = platform.Client(TestTokens.For(_county, CloudRoles.Member));

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "越权支部", type = "Branch" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        await AssertNothingWrittenAsync(platform.Client(TestTokens.CountyAdmin(_county)));
    }

    [Fact]
    public async Task A_forged_tenant_header_is_ignored()
    {
        var victim = Counties.New();
        using var client = platform.Client(TestTokens.CountyAdmin(_county));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations")
        {
            Content = JsonContent.Create(new { name = "冒充他县支部", type = "Branch" }),
        };
        request.Headers.Add("X-Tenant-Id", victim);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []);
        using var victimClient = platform.Client(TestTokens.CountyAdmin(victim));
        Assert.Empty(await victimClient.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []);
    }

    private static async Task AssertNothingWrittenAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/organizations");
        Assert.Empty(list ?? []);
    }
}
