using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>The ops team's messaging view: outbox and inbox counts per service, across counties, and no business data.</summary>
[Collection(PlatformFixture.Name)]
public sealed class OpsEndpointTests(Platform platform)
{
    private static readonly string[] Fields =
        ["outboxUnsent", "outboxOldestUnsentAgeSeconds", "outboxSentLastHour", "inboxRows", "inboxOldestReceivedAt"];

    [Fact]
    public async Task Ops_sees_what_the_outbox_sent_and_the_inbox_received_as_counts_only()
    {
        using var admin = platform.Client(TestTokens.CountyAdmin(Counties.New()));
        using var ops = platform.Client(TestTokens.ForRole(CloudRoles.Ops, Counties.New()));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/organizations", new { name = "中共运维测试支部委员会", type = "Branch" })).StatusCode);

        var organizations = await Eventually.WaitAsync(
            () => ops.GetFromJsonAsync<JsonElement>("/api/organizations/ops/messaging"),
            s => s.GetProperty("outboxSentLastHour").GetInt64() >= 1, EndToEndTests.Propagation, "the organization's event counts as sent");
        var reporting = await Eventually.WaitAsync(
            () => ops.GetFromJsonAsync<JsonElement>("/api/reporting/ops/messaging"),
            s => s.GetProperty("inboxRows").GetInt64() >= 1, EndToEndTests.Propagation, "Reporting's inbox counts the event");

        Assert.Equal(Fields, organizations.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Fields, reporting.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, reporting.GetProperty("inboxOldestReceivedAt").ValueKind);
    }
}
