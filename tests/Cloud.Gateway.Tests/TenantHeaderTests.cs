using System.Net;
using System.Net.Http.Json;
using Cloud.Gateway;
using Cloud.Testing;

namespace Cloud.Gateway.Tests;

/// <summary>What a service behind the gateway receives: the county header from the token, never the client's.</summary>
public sealed class TenantHeaderTests : EchoedGateway
{
    [Fact]
    public async Task A_forged_tenant_header_is_replaced_by_the_token_county()
    {
        var county = Counties.New();
        var token = TestTokens.CountyAdmin(county);
        using var client = Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add(TenantHeaderTransform.Header, [Counties.New(), Counties.New()]);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = await response.Content.ReadFromJsonAsync<Forwarded>();
        Assert.Equal(county, Assert.Single(forwarded!.TenantHeader));
        Assert.Equal($"Bearer {token}", forwarded.Authorization);
    }

    [Fact]
    public async Task A_token_without_a_county_forwards_no_tenant_header()
    {
        using var client = Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new("Bearer", TestTokens.For(null, "Ops"));
        request.Headers.Add(TenantHeaderTransform.Header, Counties.New());

        var forwarded = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<Forwarded>();

        Assert.Empty(forwarded!.TenantHeader);
    }

    [Fact]
    public async Task Nothing_reaches_a_service_without_a_valid_token()
    {
        using var client = Gateway.CreateClient();

        var response = await client.PostAsJsonAsync("/api/organizations", new { });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_gateway_answers_health_without_a_token()
    {
        using var client = Gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }
}
