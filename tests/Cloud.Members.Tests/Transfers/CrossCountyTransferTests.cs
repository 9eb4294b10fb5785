using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Members.Api;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Tests.Transfers;

public sealed class CrossCountyTransferTests(MembersHost members) : TransferTests(members)
{
    [Fact]
    public async Task Accepted_transfer_moves_the_record_to_the_receiving_county_and_leaves_a_stub_while_a_third_county_sees_nothing()
    {
        var c = Three;
        await using var counts = await TestBus<OrganizationMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);
        var (memberId, nationalId) = await c.RegisterInAAsync();

        var letter = await c.IssueToBAsync(memberId);
        var transferId = letter.GetProperty("id").GetGuid();
        var pending = await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Pending");
        var byMemberAdminInTransit = await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        await AssertCountyCSeesNothingAsync(transferId, memberId);
        var byOrgAdminOfB = await Members.ClientFor(TestTokens.Scoped(c.B, c.BranchB.Id)).GetAsync(Incoming);

        var accepted = await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchB.Id, null));
        var arrived = await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Arrived");
        var received = await TransferCounties.WaitForAsync(c.AdminA, Outgoing, transferId, "Received");
        var newId = arrived.GetProperty("memberId").GetGuid();
        var inB = await c.AdminB.GetFromJsonAsync<JsonElement>($"/api/members/{newId}");
        var stub = await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var historyB = await TransferCounties.ListAsync(c.AdminB, $"/api/members/{newId}/affiliations");
        var historyA = await TransferCounties.ListAsync(c.AdminA, $"/api/members/{memberId}/affiliations");
        await AssertCountyCSeesNothingAsync(transferId, memberId, newId);
        var countA = await LatestCountAsync(counts, c.A, c.BranchA.Id, 2); // registered, then transferred out
        var countB = await LatestCountAsync(counts, c.B, c.BranchB.Id, 1);

        // Before acceptance: A still holds the member; B sees name and masked ID only, no phone or address.
        Assert.Equal("Current", byMemberAdminInTransit.GetProperty("state").GetString());
        Assert.Equal("InTransit", letter.GetProperty("status").GetString());
        Assert.Equal(("王建华", $"{nationalId[..4]}**********{nationalId[^4..]}", c.A), (pending.GetProperty("name").GetString(), pending.GetProperty("nationalIdMasked").GetString(), pending.GetProperty("fromCounty").GetString()));
        Assert.Equal((1990, "Male", "CollegeOrAbove"), (pending.GetProperty("birthYear").GetInt32(), pending.GetProperty("gender").GetString(), pending.GetProperty("educationBand").GetString()));
        Assert.DoesNotContain("13912345678", pending.GetRawText());
        Assert.DoesNotContain(nationalId, pending.GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, byOrgAdminOfB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // After: B holds the whole record (its county admin sees the whole ID); A keeps a stub without contact or sealed ID.
        Assert.Equal((nationalId, "王建华", "13912345678", "Current", c.BranchB.Id), (inB.GetProperty("nationalId").GetString(), inB.GetProperty("name").GetString(),
            inB.GetProperty("phone").GetString(), inB.GetProperty("state").GetString(), inB.GetProperty("organizationId").GetGuid()));
        Assert.Equal(("TransferredOut", "王建华", true), (stub.GetProperty("state").GetString(), stub.GetProperty("name").GetString(), stub.GetProperty("nationalIdMasked").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, stub.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, stub.GetProperty("address").ValueKind);
        Assert.False(received.GetProperty("overdue").GetBoolean());
        var inRow = Assert.Single(historyB);
        Assert.Equal(("In", c.A, c.BranchB.Id, TransferCounties.Today), (inRow.GetProperty("direction").GetString(), inRow.GetProperty("otherCounty").GetString(),
            inRow.GetProperty("toOrganizationId").GetGuid(), DateOnly.Parse(inRow.GetProperty("transferredOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        var outRow = Assert.Single(historyA);
        Assert.Equal(("Out", c.B, c.BranchA.Id), (outRow.GetProperty("direction").GetString(), outRow.GetProperty("otherCounty").GetString(), outRow.GetProperty("fromOrganizationId").GetGuid()));
        Assert.Equal((0, 1), (countA.FullMembers, countB.FullMembers)); // A's branch loses the member, B's gains them
        var stubRow = await c.QueryAsAsync(c.A, db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        Assert.Equal((0, 0, string.Empty), (stubRow.NationalIdCiphertext.Length, stubRow.NationalIdHash.Length, stubRow.NationalIdKeyId));
    }

    [Fact]
    public async Task Personal_data_crosses_the_broker_only_sealed()
    {
        var c = Three;
        await using var letters = await TestBus<AffiliationTransferIssued>.StartAsync(TestEnvironment.AmqpUrl);
        await using var records = await TestBus<MemberRecordTransferred>.StartAsync(TestEnvironment.AmqpUrl);
        await using var moves = await TestBus<MemberTransferred>.StartAsync(TestEnvironment.AmqpUrl);
        var (memberId, nationalId) = await c.RegisterInAAsync(name: "赵秀兰");

        var transferId = (await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid();
        await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Pending");
        await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchB.Id, null));
        await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Arrived");
        var letter = await Eventually.WaitAsync(() => Task.FromResult(letters.Received.Where(e => e.Message.TransferId == transferId).ToList()), l => l.Count > 0, TimeSpan.FromSeconds(15), "the letter is seen on the broker");
        var record = await Eventually.WaitAsync(() => Task.FromResult(records.Received.Where(e => e.Message.TransferId == transferId).ToList()), l => l.Count > 0, TimeSpan.FromSeconds(15), "the record is seen on the broker");
        var moved = await Eventually.WaitAsync(() => Task.FromResult(moves.Received.Where(e => e.Message.OtherCounty == c.A || e.Message.MemberId == memberId).ToList()), l => l.Count >= 2, TimeSpan.FromSeconds(15), "both sides publish the move");

        Assert.Equal((c.B, c.A), (letter[0].Message.TenantId, letter[0].Message.SourceCounty));
        Assert.Equal((c.B, c.A), (record[0].Message.TenantId, record[0].Message.SourceCounty));
        Assert.Equal("In,Out", string.Join(",", moved.Select(m => m.Message.Direction).Order()));
        foreach (var body in letter.Select(l => (object)l.Message).Concat(record.Select(r => r.Message)).Concat(moved.Select(m => m.Message)).Select(m => JsonSerializer.Serialize(m)))
        {
            Assert.DoesNotContain(nationalId, body);
            Assert.DoesNotContain(nationalId[^6..], body);
            Assert.DoesNotContain("赵秀兰", body);
            Assert.DoesNotContain("\\u8D75\\u79C0\\u5170", body, StringComparison.OrdinalIgnoreCase); // the name escaped by the serializer
            Assert.DoesNotContain("13912345678", body);
        }
    }

    [Fact]
    public async Task A_letter_to_another_county_stays_in_the_senders_outbox()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();

        var transferId = (await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid();
        var type = typeof(AffiliationTransferIssued).FullName!;
        var inA = await c.QueryAsAsync(c.A, db => db.Outbox.AsNoTracking().Where(o => o.Type == type).Select(o => o.Payload).ToListAsync());
        var inB = await c.QueryAsAsync(c.B, db => db.Outbox.IgnoreQueryFilters().AsNoTracking().CountAsync(o => o.Type == type));

        var row = Assert.Single(inA);
        var payload = JsonDocument.Parse(row).RootElement;
        Assert.Equal((transferId, c.B, c.A), (payload.GetProperty("TransferId").GetGuid(), payload.GetProperty("TenantId").GetString(), payload.GetProperty("SourceCounty").GetString()));
        Assert.Equal(0, inB);
    }

    [Fact]
    public async Task Rejected_transfer_returns_the_member_to_normal_and_tells_the_issuing_county_why()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();
        var transferId = (await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid();
        await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Pending");

        var withoutReason = await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/reject", new RejectTransferRequest("  "));
        var rejected = await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/reject", new RejectTransferRequest("介绍信所列接收支部与本人现居住地不符，请核实后重开"));
        var seenByA = await TransferCounties.WaitForAsync(c.AdminA, Outgoing, transferId, "Rejected");
        var inB = (await TransferCounties.ListAsync(c.AdminB, Incoming)).Single(t => t.GetProperty("id").GetGuid() == transferId);
        var member = await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var movedWithin = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within",
            new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", "县内转字第1号", TransferCounties.Today));

        (await withoutReason.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("reason");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("介绍信所列接收支部与本人现居住地不符，请核实后重开", seenByA.GetProperty("rejectionReason").GetString());
        Assert.Equal(("Current", c.BranchA.Id), (member.GetProperty("state").GetString(), member.GetProperty("organizationId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, inB.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, inB.GetProperty("nationalIdMasked").ValueKind);
        Assert.Equal(HttpStatusCode.OK, movedWithin.StatusCode);
    }

    [Fact]
    public async Task Cancelled_letter_is_withdrawn_from_the_receiving_county_and_can_no_longer_be_accepted()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();
        var transferId = (await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid();
        await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Pending");
        var whileInTransit = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within",
            new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", "县内转字第2号", TransferCounties.Today));

        var cancelled = await c.AdminA.PostAsync($"{Outgoing}/{transferId}/cancel", null);
        var inB = await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Cancelled");
        var lateAccept = await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchB.Id, null));
        var secondCancel = await c.AdminA.PostAsync($"{Outgoing}/{transferId}/cancel", null);

        await whileInTransit.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(JsonValueKind.Null, inB.GetProperty("name").ValueKind);
        await lateAccept.AssertProblemAsync(HttpStatusCode.Conflict);
        await secondCancel.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_receiving_countys_admin_decides_and_only_into_its_own_tree()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();
        var transferId = (await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid();
        await TransferCounties.WaitForAsync(c.AdminB, Incoming, transferId, "Pending");

        var byA = await c.AdminA.PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchA.Id, null));
        var byC = await c.AdminC.PostAsJsonAsync($"{Incoming}/{transferId}/reject", new RejectTransferRequest("不予接收"));
        var bySecretaryOfB = await Members.ClientFor(TestTokens.Scoped(c.B, c.BranchB.Id, CloudRoles.BranchSecretary))
            .PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchB.Id, null));
        var intoATree = await c.AdminB.PostAsJsonAsync($"{Incoming}/{transferId}/accept", new AcceptTransferRequest(c.BranchA.Id, null));

        Assert.Equal(HttpStatusCode.NotFound, byA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byC.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySecretaryOfB.StatusCode);
        (await intoATree.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        Assert.Equal("Pending", (await TransferCounties.ListAsync(c.AdminB, Incoming)).Single().GetProperty("status").GetString());
    }

    private static async Task<OrganizationMembershipCounted> LatestCountAsync(TestBus<OrganizationMembershipCounted> counts, string county, Guid organizationId, int expected)
    {
        var seen = await Eventually.WaitAsync(
            () => Task.FromResult(counts.Received.Select(r => r.Message).Where(m => m.TenantId == county && m.OrganizationId == organizationId).OrderBy(m => m.OccurredAt).ToList()),
            l => l.Count >= expected, TimeSpan.FromSeconds(15), $"{expected} counts of {organizationId} in {county}");
        return seen[^1];
    }

    private async Task AssertCountyCSeesNothingAsync(Guid transferId, params Guid[] memberIds)
    {
        var c = Three;
        Assert.Empty(await TransferCounties.ListAsync(c.AdminC, Incoming));
        Assert.Empty(await TransferCounties.ListAsync(c.AdminC, Outgoing));
        foreach (var id in memberIds)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await c.AdminC.GetAsync($"/api/members/{id}")).StatusCode);
        }

        // Row-level security, not only the query filter: nothing of the transfer or the member exists for county C.
        var rows = await c.QueryAsAsync(c.C, async db =>
            await db.IncomingTransfers.IgnoreQueryFilters().CountAsync(t => t.Id == transferId)
            + await db.OutgoingTransfers.IgnoreQueryFilters().CountAsync(t => t.Id == transferId)
            + await db.Members.IgnoreQueryFilters().CountAsync(m => memberIds.Contains(m.Id))
            + await db.AffiliationHistory.IgnoreQueryFilters().CountAsync(h => memberIds.Contains(h.MemberId)));
        Assert.Equal(0, rows);
    }
}
