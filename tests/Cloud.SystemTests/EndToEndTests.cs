using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Tenancy;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>The walking skeleton through the gateway: create in Organizations or register in Members, see it counted by Reporting, per county.</summary>
[Collection(PlatformFixture.Name)]
public sealed class EndToEndTests(Platform platform)
{
    // Delivery, not speed: the platform's relay may first publish what earlier test hosts left in the outbox (thousands of
    // import events), on two cores.
    internal static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    // A made-up member: MemberRoster's person 1, a man born on its first birth date.
    private const int Person = 1;
    private const string PersonName = "王建华";

    [Fact]
    public async Task An_organization_created_in_one_county_is_counted_there_and_nowhere_else()
    {
        var countyA = Counties.New();
        var countyB = Counties.New();
        using var a = platform.Client(TestTokens.CountyAdmin(countyA));
        using var b = platform.Client(TestTokens.CountyAdmin(countyB));

        var created = await a.PostAsJsonAsync("/api/organizations", new { name = "中共千河镇委员会", type = "PrimaryCommittee" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var overview = await Eventually.WaitAsync(() => OrganizationCountAsync(a), n => n == 1, Propagation, "county A's overview counts the new organization");
        Assert.Equal(1, overview);
        Assert.Equal(0, await OrganizationCountAsync(b));
        Assert.Single(await a.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []);
        Assert.Empty(await b.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []);
    }

    [Fact]
    public async Task One_trace_spans_gateway_organizations_broker_and_reporting()
    {
        var county = Counties.New();
        using var client = platform.Client(TestTokens.CountyAdmin(county));
        // A sampled caller, as a browser with tracing would be: its trace id is the one to follow.
        using var caller = new Activity("system test").SetIdFormat(ActivityIdFormat.W3C);
        caller.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        caller.Start();
        var traceId = caller.TraceId;

        var created = await client.PostAsJsonAsync("/api/organizations", new { name = "中共东坡村支部委员会", type = "Branch" });
        caller.Stop();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var spans = await Eventually.WaitAsync(
            () => Task.FromResult(platform.Spans.InTrace(traceId)),
            // The relay's and MassTransit's publish spans end when the broker confirms, which can be after the consumer is done.
            s => s.Any(IsConsume) && s.Any(IsOutboxPublish) && s.Any(IsProduce), Propagation,
            "the outbox relay's, the producer's and the consumer's spans join the request's trace");
        var servers = spans.Where(s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore").ToList();
        Assert.Equal(2, servers.Count); // the gateway's and the Organizations service's
        Assert.Contains(spans, s => s.Source.Name == "Yarp.ReverseProxy" || (s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http"));
        Assert.Contains(spans, s => s.Source.Name == "Npgsql");
        // Every span of the services (the gateway's server span ends before it learns nothing new) carries the county.
        Assert.All(spans.Where(s => s != servers[0] && s.Source.Name != "System.Net.Http"),
            s => Assert.True(county == s.GetTagItem(TenantTelemetry.TagName) as string, $"{s.Source.Name} {s.DisplayName} lacks the county"));
    }

    [Fact]
    public async Task A_member_registered_through_the_gateway_is_counted_by_reporting_in_the_same_trace()
    {
        var county = Counties.New();
        using var client = platform.Client(TestTokens.CountyAdmin(county));
        var created = await client.PostAsJsonAsync("/api/organizations", new { name = "千河镇东坡村党支部", type = "Branch" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var branch = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await TreeCopy.WaitUntilKnownAsync(platform.Members, county, branch, Propagation);
        await Eventually.WaitAsync(() => OrganizationCountAsync(client), n => n == 1, Propagation, "Reporting's copy of the tree has the branch");
        using var caller = new Activity("system test").SetIdFormat(ActivityIdFormat.W3C);
        caller.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        caller.Start();

        var registered = await client.PostAsJsonAsync("/api/members", ProbationaryMember(branch));
        caller.Stop();

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var overview = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/reporting/overview"), o => o.GetProperty("memberCount").GetInt32() == 1, Propagation,
            "Reporting counts the registered member");
        Assert.Equal((0, 1), (overview.GetProperty("fullMemberCount").GetInt32(), overview.GetProperty("probationaryMemberCount").GetInt32()));
        var spans = await Eventually.WaitAsync(
            () => Task.FromResult(platform.Spans.InTrace(caller.TraceId)), s => s.Any(IsReportingConsume) && s.Any(IsOutboxPublish), Propagation,
            "the Members outbox relay's and Reporting's consume spans join the registration's trace");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore" && s.GetTagItem("url.path") as string == "/api/members");
        Assert.All(spans.Where(IsReportingConsume), s => Assert.Equal(county, s.GetTagItem(TenantTelemetry.TagName) as string));
        Assert.DoesNotContain(spans.SelectMany(s => s.TagObjects), t => t.Value is string v && (v.Contains(MemberRoster.NationalIdOf(Person)) || v.Contains(PersonName)));
    }

    // Hosted in one process, the services share MassTransit's source: Reporting's spans are those of its queues.
    private static bool IsReportingConsume(Activity span) =>
        IsConsume(span) && span.TagObjects.Any(t => t.Value is string value && value.Contains("reporting-organization-membership-counted", StringComparison.Ordinal));

    private static object ProbationaryMember(Guid organization) => new
    {
        name = PersonName, nationalId = MemberRoster.NationalIdOf(Person), gender = "Male", ethnicity = "汉族", birthDate = MemberRoster.BirthDateOf(Person),
        education = "Undergraduate", occupation = "Worker", employmentStatus = "Active", status = "Probationary",
        admissionApprovedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2), organizationId = organization,
    };

    private static bool IsConsume(Activity span) => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer;

    private static bool IsProduce(Activity span) => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Producer;

    private static bool IsOutboxPublish(Activity span) =>
        span.Source.Name == "Cloud" && span.DisplayName.StartsWith("outbox publish", StringComparison.Ordinal);

    private static async Task<int> OrganizationCountAsync(HttpClient client)
    {
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/reporting/overview");
        return overview.GetProperty("organizationCount").GetInt32();
    }
}
