using Cloud.Contracts.Members;
using Cloud.Organizations.Data;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>
/// Two instances of the service consume one queue, as a scaled-out deployment (and every test run, one host per test
/// class) does. An instance that stops while events are arriving hands back what it had taken: the other counts every one.
/// </summary>
public sealed class ServiceInstanceShutdownTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    [Fact]
    public async Task A_stopping_instance_loses_no_membership_count()
    {
        var client = organizations.ClientFor(_county);
        var units = new List<Guid>();
        for (var i = 0; i < 150; i++)
        {
            units.Add(await client.RegisterUnitAsync($"千河{i + 1}号企业"));
        }

        var second = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName).Start();
        await using var members = await TestBus<UnitMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);
        var publishing = Task.Run(async () =>
        {
            foreach (var unit in units)
            {
                await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, unit, 3));
                await Task.Delay(5);
            }
        });
        await Task.Delay(300); // events are flowing to both instances
        await second.DisposeAsync(); // mid-stream
        await publishing;

        var counted = await Eventually.WaitAsync(
            async () => (await client.GetJsonAsync("/api/organizations/units/unestablished")).GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ToHashSet(),
            ids => ids.Count == units.Count, TimeSpan.FromSeconds(15), "every unit's count arrives");

        Assert.Equal(units.Order(), counted.Order());
    }
}
