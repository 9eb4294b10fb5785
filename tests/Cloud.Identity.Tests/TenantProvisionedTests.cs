using System.Net;
using System.Net.Http.Json;
using Cloud.Contracts.Identity;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

public sealed class TenantProvisionedTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Onboarding_a_county_publishes_TenantProvisioned()
    {
        await using var listener = await TestBus<TenantProvisioned>.StartAsync(TestEnvironment.AmqpUrl);
        var county = Counties.New();
        using var platform = identity.Platform();

        var response = await platform.PostAsJsonAsync("/api/identity/counties", new { code = county, name = "永兴县" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == county).ToList()),
            list => list.Count == 1, TimeSpan.FromSeconds(30), "the onboarding is published");
        Assert.Equal("永兴县", received[0].Message.Name);
        Assert.Equal(county[..4], received[0].Message.City);
        Assert.Equal(received[0].Message.EventId, received[0].MessageId);
        Assert.Equal(HttpStatusCode.Conflict, (await platform.PostAsJsonAsync("/api/identity/counties", new { code = county, name = "永兴县" })).StatusCode);
    }
}
