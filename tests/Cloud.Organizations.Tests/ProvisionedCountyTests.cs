using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Identity;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>A provisioned county gets the top of its tree, the county committee, exactly once.</summary>
public sealed class ProvisionedCountyTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    [Fact]
    public async Task Provisioned_county_gets_its_committee_once()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        await using var publisher = await TestBus<TenantProvisioned>.StartAsync(TestEnvironment.AmqpUrl);
        var provisioned = new TenantProvisioned(county, Guid.NewGuid(), DateTimeOffset.UtcNow, "测试县", county[..4]);

        await publisher.PublishAsync(provisioned);
        await publisher.PublishAsync(provisioned); // redelivered
        await publisher.PublishAsync(provisioned with { EventId = Guid.NewGuid() }); // provisioned again under a new event id

        var tree = await Eventually.WaitAsync(
            async () => await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? [],
            list => list.Length >= 1, TimeSpan.FromSeconds(15), "the county committee is created");
        await Eventually.WaitAsync(() => InboxRowsAsync(county), n => n >= 2, TimeSpan.FromSeconds(15), "both distinct events are consumed");
        tree = await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? [];

        var committee = Assert.Single(tree);
        Assert.Equal("中共测试县委员会", committee.GetProperty("name").GetString());
        Assert.Equal("CountyCommittee", committee.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, committee.GetProperty("parentId").ValueKind);
        var township = await client.PostAsJsonAsync("/api/organizations", new { name = "中共千河镇委员会", type = "PrimaryCommittee", parentId = committee.GetProperty("id").GetGuid() });
        Assert.Equal(System.Net.HttpStatusCode.Created, township.StatusCode);
    }

    private static Task<int> InboxRowsAsync(string county) => OrganizationsRows.CountAsync(county, "inbox");
}
