using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Members.Api;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Members.Tests.Transfers;

public sealed class WithinCountyTransferTests(MembersHost members) : TransferTests(members)
{
    [Fact]
    public async Task Within_county_transfer_moves_the_member_at_once_and_keeps_every_change_in_the_history()
    {
        var c = Three;
        await using var moves = await TestBus<MemberTransferred>.StartAsync(TestEnvironment.AmqpUrl);
        var (memberId, nationalId) = await c.RegisterInAAsync();

        var first = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within",
            new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", "陈组内转〔2026〕1号", TransferCounties.Today.AddDays(-10)));
        var back = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within",
            new WithinCountyTransferRequest(c.BranchA.Id, "ResidenceChange", "陈组内转〔2026〕2号", TransferCounties.Today));
        var member = await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var history = await TransferCounties.ListAsync(c.AdminA, $"/api/members/{memberId}/affiliations");
        var published = await Eventually.WaitAsync(() => Task.FromResult(moves.Received.Where(m => m.Message.MemberId == memberId).ToList()), l => l.Count == 2, TimeSpan.FromSeconds(15), "both moves are published");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(c.BranchA.Id, member.GetProperty("organizationId").GetGuid());
        Assert.Equal(
            new[] { ("WithinCounty", c.BranchA.Id, c.OtherBranchA.Id, "陈组内转〔2026〕1号", "JobChange", "千河镇西坡村党支部"), ("WithinCounty", c.OtherBranchA.Id, c.BranchA.Id, "陈组内转〔2026〕2号", "ResidenceChange", "千河镇东坡村党支部") },
            history.Select(h => (h.GetProperty("direction").GetString()!, h.GetProperty("fromOrganizationId").GetGuid(), h.GetProperty("toOrganizationId").GetGuid(),
                h.GetProperty("letterNo").GetString()!, h.GetProperty("reason").GetString()!, h.GetProperty("toOrganizationName").GetString()!)).ToArray());
        Assert.All(published, m => Assert.Equal(("WithinCounty", c.A), (m.Message.Direction, m.Message.TenantId)));
        Assert.Contains(published, m => m.Message.ToOrganizationId == c.OtherBranchA.Id && m.Message.Facts.OrganizationId == c.OtherBranchA.Id);
        Assert.All(published, m => Assert.DoesNotContain(nationalId, JsonSerializer.Serialize(m.Message)));
    }

    [Fact]
    public async Task Within_county_transfer_refuses_a_bad_destination_reason_or_date()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();
        var client = c.AdminA;

        var same = await client.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.BranchA.Id, "JobChange", "1号", TransferCounties.Today));
        var otherCounty = await client.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.BranchB.Id, "JobChange", "1号", TransferCounties.Today));
        var badReason = await client.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.OtherBranchA.Id, "Promotion", "1号", TransferCounties.Today));
        var tomorrow = await client.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", "1号", TransferCounties.Today.AddDays(1)));
        var noLetter = await client.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", " ", TransferCounties.Today));

        (await same.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("toOrganizationId");
        (await otherCounty.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("toOrganizationId");
        (await badReason.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("reason");
        (await tomorrow.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("on");
        (await noLetter.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("letterNo");
        Assert.Empty(await TransferCounties.ListAsync(client, $"/api/members/{memberId}/affiliations"));
    }

    [Fact]
    public async Task A_scoped_admin_moves_members_only_inside_their_subtree_and_the_county_admin_anywhere()
    {
        var c = Three;
        var tree = c.TreeOf(c.A);
        var township = await tree.RegisterAsync("千河镇党委", "Committee");
        var east = await tree.RegisterAsync("千河镇一村党支部", "Branch", township);
        var west = await tree.RegisterAsync("千河镇二村党支部", "Branch", township);
        await tree.WaitUntilKnownAsync(Members.Services, township, east, west);
        var (memberId, _) = await c.RegisterInAAsync(east.Id);
        var (elsewhereId, _) = await c.RegisterInAAsync(c.BranchA.Id, "李明");
        var townshipAdmin = Members.ClientFor(TestTokens.Scoped(c.A, township.Id));
        var secretaryOfWest = Members.ClientFor(TestTokens.Scoped(c.A, west.Id, CloudRoles.BranchSecretary));

        var inside = await townshipAdmin.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(west.Id, "JobChange", "镇内转1号", TransferCounties.Today));
        var outOfScope = await townshipAdmin.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.BranchA.Id, "JobChange", "镇内转2号", TransferCounties.Today));
        var notTheirs = await secretaryOfWest.PostAsJsonAsync($"/api/members/{elsewhereId}/transfers/within", new WithinCountyTransferRequest(west.Id, "JobChange", "镇内转3号", TransferCounties.Today));
        var byAuditor = await Members.ClientFor(TestTokens.For(c.A, CloudRoles.Auditor)).PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(east.Id, "JobChange", "4号", TransferCounties.Today));
        var byCounty = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within", new WithinCountyTransferRequest(c.BranchA.Id, "JobChange", "县转5号", TransferCounties.Today));

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        var refusal = await outOfScope.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("县委组织部", refusal.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuditor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCounty.StatusCode);
        Assert.Equal(2, (await TransferCounties.ListAsync(c.AdminA, $"/api/members/{memberId}/affiliations")).Count);
    }
}
