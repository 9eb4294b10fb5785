using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Identity;
using Cloud.Members.Api;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Tests.Transfers;

public sealed class TransferLetterTests(MembersHost members) : TransferTests(members)
{
    [Fact]
    public async Task Letter_in_transit_longer_than_the_countys_limit_is_flagged_overdue()
    {
        var c = Three;
        var (atLimit, _) = await c.RegisterInAAsync();
        var (pastLimit, _) = await c.RegisterInAAsync(name: "李明");
        var thirty = (await c.IssueToBAsync(atLimit, TransferCounties.Today.AddDays(-30))).GetProperty("id").GetGuid();
        var thirtyOne = (await c.IssueToBAsync(pastLimit, TransferCounties.Today.AddDays(-31))).GetProperty("id").GetGuid();

        var byDefault = await Flags();
        var bySecretary = await Members.ClientFor(TestTokens.Scoped(c.A, c.BranchA.Id, CloudRoles.BranchSecretary)).PutAsJsonAsync("/api/members/transfers/settings", new TransferSettingsRequest(31));
        var outOfRange = await c.AdminA.PutAsJsonAsync("/api/members/transfers/settings", new TransferSettingsRequest(0));
        var changed = await c.AdminA.PutAsJsonAsync("/api/members/transfers/settings", new TransferSettingsRequest(29));
        var afterChange = await Flags();

        Assert.Equal((false, true), byDefault);
        Assert.Equal(HttpStatusCode.Forbidden, bySecretary.StatusCode);
        (await outOfRange.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("overdueAfterDays");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((true, true), afterChange);

        async Task<(bool, bool)> Flags()
        {
            var list = await TransferCounties.ListAsync(c.AdminA, $"{Outgoing}?status=InTransit");
            bool Overdue(Guid id) => list.Single(t => t.GetProperty("id").GetGuid() == id).GetProperty("overdue").GetBoolean();
            return (Overdue(thirty), Overdue(thirtyOne));
        }
    }

    [Fact]
    public async Task Letter_to_a_county_not_on_cloud_is_issued_with_a_warning_and_one_on_cloud_without()
    {
        var c = Three;
        var (first, _) = await c.RegisterInAAsync();
        var (second, _) = await c.RegisterInAAsync(name: "李明");
        var (outside, _) = await c.RegisterInAAsync(name: "张伟");

        var beforeB = await c.IssueToBAsync(first);
        await using var identity = await TestBus<TenantProvisioned>.StartAsync(TestEnvironment.AmqpUrl);
        var provisioned = new TenantProvisioned(c.B, Guid.NewGuid(), DateTimeOffset.UtcNow, "永兴县", c.B[..4]);
        await identity.PublishAsync(provisioned);
        await identity.PublishAsync(provisioned with { EventId = Guid.NewGuid() }); // provisioned again: still one county
        await Eventually.WaitAsync(
            () => c.QueryAsAsync(c.A, db => db.CountiesOnCloud.CountAsync(k => k.Code == c.B)), n => n == 1, TimeSpan.FromSeconds(20), "county B is known to be on Cloud");
        var afterB = await c.IssueToBAsync(second);
        var toOutside = await c.AdminA.PostAsJsonAsync($"/api/members/{outside}/transfers/out",
            new TransferLetterRequest(null, "北京市海淀区某街道党工委", "JobChange", "陈组外转〔2026〕9号", TransferCounties.Today));
        var listed = await TransferCounties.ListAsync(c.AdminA, Outgoing);

        var warning = Assert.Single(beforeB.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains(c.B, warning, StringComparison.Ordinal);
        Assert.Contains("尚未开通党建云", warning, StringComparison.Ordinal);
        Assert.Equal("InTransit", beforeB.GetProperty("status").GetString()); // warned, not refused
        Assert.Empty(afterB.GetProperty("warnings").EnumerateArray());
        Assert.Empty((await toOutside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
        Assert.All(listed, l => Assert.False(l.TryGetProperty("warnings", out _)));
    }

    [Fact]
    public async Task Letter_to_an_outside_organization_leaves_a_stub_at_once()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();

        var response = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out",
            new TransferLetterRequest(null, "北京市海淀区某街道党工委", "JobChange", "陈组外转〔2026〕7号", TransferCounties.Today));
        var letter = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stub = await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var again = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/within",
            new WithinCountyTransferRequest(c.OtherBranchA.Id, "JobChange", "1号", TransferCounties.Today));
        var history = Assert.Single(await TransferCounties.ListAsync(c.AdminA, $"/api/members/{memberId}/affiliations"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("LetterIssued", false), (letter.GetProperty("status").GetString(), letter.GetProperty("overdue").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, letter.GetProperty("toCounty").ValueKind);
        Assert.Equal(("TransferredOut", true), (stub.GetProperty("state").GetString(), stub.GetProperty("nationalIdMasked").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, stub.GetProperty("phone").ValueKind);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("Out", "北京市海淀区某街道党工委"), (history.GetProperty("direction").GetString(), history.GetProperty("otherOrganizationName").GetString()));
    }

    [Fact]
    public async Task Member_arriving_from_an_outside_organization_is_registered_with_the_letter()
    {
        var c = Three;
        var nationalId = TestNationalIds.For(TransferCounties.Born, Gender.Male);
        var request = new TransferInRequest(TransferCounties.Request(c.BranchA.Id, nationalId), "西安市某高校党委", "Graduation", "陕高转〔2026〕12号", TransferCounties.Today.AddDays(-3));

        var response = await c.AdminA.PostAsJsonAsync("/api/members/transfers/in", request);
        var again = await c.AdminA.PostAsJsonAsync("/api/members/transfers/in", request);
        var history = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("In", c.BranchA.Id, "西安市某高校党委", "陕高转〔2026〕12号"), (history.GetProperty("direction").GetString(), history.GetProperty("toOrganizationId").GetGuid(),
            history.GetProperty("otherOrganizationName").GetString(), history.GetProperty("letterNo").GetString()));
        var memberId = Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
        Assert.Equal(memberId, history.GetProperty("memberId").GetGuid());
        Assert.Equal(nationalId, (await c.AdminA.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}")).GetProperty("nationalId").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_arrival_with_a_bad_record_names_the_records_fields_inside_member_and_writes_nothing()
    {
        var c = Three;
        var record = TransferCounties.Request(c.BranchA.Id, TestNationalIds.For(TransferCounties.Born, Gender.Male), name: "");
        var before = await c.AdminA.GetFromJsonAsync<JsonElement>("/api/members/search/counts");

        var response = await c.AdminA.PostAsJsonAsync("/api/members/transfers/in", new TransferInRequest(record, "西安市某高校党委", "Graduation", null, TransferCounties.Today));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("member.name");
        problem.AssertFieldError("letterNo");
        Assert.False(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(before.GetProperty("total").GetInt32(), (await c.AdminA.GetFromJsonAsync<JsonElement>("/api/members/search/counts")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Letter_to_the_own_county_or_a_malformed_county_code_is_refused()
    {
        var c = Three;
        var (memberId, _) = await c.RegisterInAAsync();

        var own = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out", new TransferLetterRequest(c.A, null, "JobChange", "1号", TransferCounties.Today));
        var malformed = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out", new TransferLetterRequest("61030", null, "JobChange", "1号", TransferCounties.Today));
        var first = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out", new TransferLetterRequest(c.B, null, "JobChange", "1号", TransferCounties.Today));
        var second = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out", new TransferLetterRequest(c.C, null, "JobChange", "2号", TransferCounties.Today));

        (await own.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("toCounty");
        (await malformed.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("toCounty");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await second.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
