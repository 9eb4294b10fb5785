using System.Net;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>Member counts from the Members service's events, through RabbitMQ: latest count wins, each event once.</summary>
public sealed class MembershipCountTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Earlier = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    [Fact]
    public async Task Older_membership_count_does_not_overwrite_newer()
    {
        var branch = await Client.RegisterOrganizationAsync("千河镇东坡村党支部");
        var unit = await Client.RegisterUnitAsync("东坡村", "Village");
        await using var members = await MembersAsync();

        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Later, branch, 10, 2));
        await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), Later, unit, 9));
        await WaitForInboxAsync(2);
        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Earlier, branch, 3, 0)); // delivered late
        await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), Earlier, unit, 1));
        await WaitForInboxAsync(4);

        var count = await Client.GetJsonAsync($"/api/organizations/{branch}/member-count");
        Assert.Equal(10, count.GetProperty("fullMembers").GetInt32());
        Assert.Equal(2, count.GetProperty("probationaryMembers").GetInt32());
        Assert.Equal(12, count.GetProperty("total").GetInt32());
        Assert.Equal(Later, count.GetProperty("countedAt").GetDateTimeOffset());
        Assert.Equal(9, (await Client.GetJsonAsync($"/api/organizations/units/{unit}")).GetProperty("fullMemberCount").GetInt32());
    }

    [Fact]
    public async Task Newer_membership_count_replaces_older()
    {
        var branch = await Client.RegisterOrganizationAsync("千河镇西坡村党支部");
        await using var members = await MembersAsync();

        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Earlier, branch, 3, 1));
        await WaitForInboxAsync(1);
        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Later, branch, 4, 0));

        await Eventually.WaitAsync(
            () => Client.GetJsonAsync($"/api/organizations/{branch}/member-count"),
            c => c.GetProperty("fullMembers").GetInt32() == 4, Delivery, "the newer count replaces the older one");
        Assert.Equal(4, (await Client.GetJsonAsync($"/api/organizations/{branch}/member-count")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Membership_count_event_is_consumed_once()
    {
        var branch = await Client.RegisterOrganizationAsync("坪头村党支部");
        var marker = await Client.RegisterOrganizationAsync("坪头镇机关党支部");
        await using var members = await MembersAsync();
        var counted = new OrganizationMembershipCounted(_county, Guid.NewGuid(), Earlier, branch, 5, 1);

        await members.PublishAsync(counted);
        // Several hosts consume this queue concurrently, so copies published together may be handled in any order:
        // the first copy is consumed before the redeliveries are sent, which makes "the first one wins" testable.
        await WaitForInboxAsync(1);
        await members.PublishAsync(counted); // redelivered
        await members.PublishAsync(counted with { OccurredAt = Later, FullMembers = 50 }); // the same event id again, even altered
        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Later, marker, 7, 0));
        await Eventually.WaitAsync(
            () => Client.GetJsonAsync($"/api/organizations/{marker}/member-count"),
            c => c.GetProperty("fullMembers").GetInt32() == 7, Delivery, "the marker, published last, is consumed");
        await Task.Delay(TimeSpan.FromSeconds(1)); // messages consumed concurrently settle

        Assert.Equal(5, (await Client.GetJsonAsync($"/api/organizations/{branch}/member-count")).GetProperty("fullMembers").GetInt32());
        Assert.Equal(2, await UnitRatingTestApi.RowsAsync(_county, "inbox"));
        Assert.Equal(2, await UnitRatingTestApi.RowsAsync(_county, "organization_member_counts"));
    }

    [Fact]
    public async Task Count_for_an_organization_not_registered_here_is_kept_and_one_for_an_unknown_unit_is_ignored()
    {
        var notHere = Guid.NewGuid();
        await using var members = await MembersAsync();

        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Earlier, notHere, 4, 0));
        await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), Earlier, Guid.NewGuid(), 4));
        await WaitForInboxAsync(2); // both consumed and committed, neither failed

        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, $"organization_member_counts WHERE organization_id = '{notHere}' AND full_members = 4"));
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "host_units"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/{notHere}/member-count")).StatusCode);
    }

    [Fact]
    public async Task Members_per_organization_is_zero_before_a_count_and_filters_in_the_database()
    {
        var counted = await Client.RegisterOrganizationAsync("千河镇机关第一党支部");
        var uncounted = await Client.RegisterOrganizationAsync("千河镇机关第二党支部");
        await using var members = await MembersAsync();
        await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), Earlier, counted, 7, 2));
        await WaitForInboxAsync(1);

        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county);
        var all = await db.MembersPerOrganization(db.Organizations).ToDictionaryAsync(m => m.OrganizationId);
        var withCommittee = await db.MembersPerOrganization(db.Organizations).Where(m => m.FullMembers >= 7).Select(m => m.OrganizationId).ToListAsync();
        var uncountedByApi = await Client.GetJsonAsync($"/api/organizations/{uncounted}/member-count");

        Assert.Equal((7, 9), (all[counted].FullMembers, all[counted].Total));
        Assert.Equal((0, 0), (all[uncounted].FullMembers, all[uncounted].Total));
        Assert.Equal([counted], withCommittee);
        Assert.Equal(0, uncountedByApi.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, uncountedByApi.GetProperty("countedAt").ValueKind);
    }

    private static async Task<TestBus<OrganizationMembershipCounted>> MembersAsync() =>
        await TestBus<OrganizationMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);

    private Task<int> WaitForInboxAsync(int rows) =>
        Eventually.WaitAsync(() => UnitRatingTestApi.RowsAsync(_county, "inbox"), n => n >= rows, Delivery, $"{rows} membership counts are consumed");
}
