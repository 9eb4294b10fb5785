using System.Net;
using System.Net.Http.Json;
using Cloud.Gateway;
using Cloud.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cloud.Gateway.Tests;

/// <summary>What a service behind the gateway receives: the county header from the token, never the client's.</summary>
public sealed class TenantHeaderTests : IAsyncLifetime
{
    private WebApplication _backend = null!;
    private ServiceHost<GatewayEntryPoint> _gateway = null!;

    public async Task InitializeAsync()
    {
        // Stands in for Organizations: echoes the headers the gateway forwarded.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _backend = builder.Build();
        _backend.MapPost("/api/organizations", (HttpRequest request) => Results.Ok(new Forwarded(
            request.Headers[TenantHeaderTransform.Header].Select(h => h ?? string.Empty).ToArray(),
            request.Headers.Authorization.ToString())));
        await _backend.StartAsync();

        _gateway = new ServiceHost<GatewayEntryPoint>(null, new Dictionary<string, string?>
        {
            ["services:organizations:http:0"] = _backend.Urls.Single(),
            ["services:reporting:http:0"] = _backend.Urls.Single(),
        }).Start();
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task A_forged_tenant_header_is_replaced_by_the_token_county()
    {
        var county = Counties.New();
        var token = TestTokens.CountyAdmin(county);
        using var client = _gateway.CreateClient();
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
        using var client = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new("Bearer", TestTokens.For(null, "Ops"));
        request.Headers.Add(TenantHeaderTransform.Header, Counties.New());

        var forwarded = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<Forwarded>();

        Assert.Empty(forwarded!.TenantHeader);
    }

    [Fact]
    public async Task Nothing_reaches_a_service_without_a_valid_token()
    {
        using var client = _gateway.CreateClient();

        var response = await client.PostAsJsonAsync("/api/organizations", new { });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_gateway_answers_health_without_a_token()
    {
        using var client = _gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    private sealed record Forwarded(string[] TenantHeader, string Authorization);
}
