using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Telemetry;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cloud.SystemTests;

/// <summary>
/// Personal data never reaches telemetry: members registered, imported, searched for and transferred, then every span,
/// log record and metric point of every host (as its exporter would get it) is searched for their IDs, names and phones.
/// </summary>
[Collection(PlatformFixture.Name)]
public sealed class PrivacyTests(Platform platform)
{
    private static readonly string[] Names = ["令狐思远", "慕容清扬", "闻人秋澜", "端木晓岚", "上官静怡"];

    [Fact]
    public async Task No_national_id_name_or_phone_reaches_any_span_log_or_metric()
    {
        var countyA = Counties.New();
        var countyB = Counties.New();
        using var a = platform.Client(TestTokens.CountyAdmin(countyA));
        using var b = platform.Client(TestTokens.CountyAdmin(countyB));
        var branch = await RegisterBranchAsync(a, "千河镇东坡村党支部");
        var otherBranch = await RegisterBranchAsync(a, "千河镇西坡村党支部");
        await RegisterBranchAsync(b, "城关社区党支部");
        var first = Random.Shared.Next(0, 20_000);
        var people = Names.Select((name, i) => Person(first + i, name, "千河镇东坡村党支部")).ToList();

        // Two registered one by one, three imported from a roster; then searched for by name and ID, and transferred.
        var movedWithin = await RegisterAsync(a, people[0], first, branch);
        var movedOut = await RegisterAsync(a, people[1], first + 1, branch);
        var import = await a.PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Csv(people.Skip(2)), "花名册.csv"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        foreach (var person in people)
        {
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/members/search?name={Uri.EscapeDataString(person[0]!)}&nationalId={person[1]}")).StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var within = await a.PostAsJsonAsync($"/api/members/{movedWithin}/transfers/within",
            new { toOrganizationId = otherBranch, reason = "JobChange", letterNo = "陈组转字〔2026〕1号", on = today });
        Assert.True(within.IsSuccessStatusCode, $"{(int)within.StatusCode} {await within.Content.ReadAsStringAsync()}");
        var outgoing = await a.PostAsJsonAsync($"/api/members/{movedOut}/transfers/out",
            new { toCounty = countyB, toOrganizationName = "城关社区党支部", reason = "ResidenceChange", letterNo = "陈组转字〔2026〕2号", issuedOn = today });
        Assert.Equal(HttpStatusCode.Created, outgoing.StatusCode);
        var transfer = (await outgoing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.WaitAsync(
            async () => (await b.GetFromJsonAsync<JsonElement>("/api/members/transfers/incoming")).EnumerateArray().Any(t => t.GetProperty("id").GetGuid() == transfer),
            seen => seen, EndToEndTests.Propagation, "county B sees the incoming transfer");
        await Eventually.WaitAsync(
            async () => (await a.GetFromJsonAsync<JsonElement>("/api/reporting/overview")).GetProperty("organizationCount").GetInt32(),
            n => n == 2, EndToEndTests.Propagation, "Reporting counts county A's branches");
        using var ops = platform.Client(TestTokens.ForRole(CloudRoles.Ops, countyA));
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/api/identity/ops/messaging")).StatusCode);

        string[] secrets = [.. people.SelectMany(p => new[] { p[0]!, Uri.EscapeDataString(p[0]!), p[1]!, p[^1]! })];
        foreach (var (host, (services, address)) in platform.Hosts)
        {
            var spans = platform.Telemetry.Spans(host).ToList();
            var logs = platform.Telemetry.Logs(host).ToList();
            var metrics = platform.Telemetry.Metrics(host, services).ToList();

            // Something from every host, so that the test cannot pass by capturing nothing.
            Assert.True(spans.Any(s => s.Contains($"server.port={address.Port}", StringComparison.Ordinal)),
                $"{host}: no server span; {string.Join("\n", spans.Where(s => s.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).Take(5))}");
            Assert.True(logs.Count > 0, $"{host}: no log record");
            Assert.True(metrics.Any(m => m.StartsWith("http.server.request.duration", StringComparison.Ordinal)), $"{host}: no request metric");
            foreach (var line in spans.Concat(logs).Concat(metrics))
            {
                Assert.False(secrets.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)), $"{host} exports personal data: {line}");
            }
        }

        // The searches themselves were captured (the place a name in a query string would show).
        Assert.Contains(platform.Telemetry.Spans("members"), s => s.Contains("url.path=/api/members/search", StringComparison.Ordinal));
    }

    /// <summary>The second line of defence is wired in front of every exporter: an ID or a phone number that code
    /// wrongly writes into a log record or a span leaves the host masked (and the capture above would see it unmasked).</summary>
    [Fact]
    public void A_national_id_or_phone_that_slips_into_a_log_or_a_span_leaves_the_host_masked()
    {
        const string Id = "61030419900101123X";
        const string Phone = "13700001111";
        var marker = Guid.NewGuid().ToString("N");
        var (services, _) = platform.Hosts["members"];
        services.GetRequiredService<ILoggerFactory>().CreateLogger("PrivacyCanary").LogWarning("canary {Marker} {Id} {Phone}", marker, Id, Phone);
        using (var span = CloudTelemetry.Source.StartActivity($"canary {marker} {Id}"))
        {
            span?.SetTag("canary.phone", Phone);
        }

        var log = Assert.Single(platform.Telemetry.Logs("members"), l => l.Contains(marker, StringComparison.Ordinal));
        var spanText = Assert.Single(platform.Telemetry.Spans("members"), l => l.Contains(marker, StringComparison.Ordinal));
        foreach (var text in new[] { log, spanText })
        {
            Assert.Contains(PersonalDataMask.Mask, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Id, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        }
    }

    private static async Task<Guid> RegisterBranchAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync("/api/organizations", new { name, type = "Branch" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // A roster row (MemberRoster's columns) with a name and mobile number of our own.
    private static string?[] Person(int i, string name, string branch)
    {
        var row = MemberRoster.Row(i, branch);
        row[0] = name;
        row[^1] = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        return row;
    }

    /// <summary>Registers the person once the Members service knows the branch (it learns the tree from Organizations' events).</summary>
    private static async Task<Guid> RegisterAsync(HttpClient client, string?[] person, int i, Guid branch)
    {
        var request = new
        {
            name = person[0], nationalId = person[1], gender = i % 2 == 0 ? "Female" : "Male", ethnicity = "汉族", birthDate = MemberRoster.BirthDateOf(i),
            education = "Undergraduate", occupation = "Worker", employmentStatus = "Active", status = "Full",
            admissionApprovedOn = new DateOnly(1990, 7, 1), probationStartOn = new DateOnly(1990, 7, 1), confirmedOn = new DateOnly(1991, 7, 1),
            organizationId = branch, phone = person[^1],
        };
        var created = await Eventually.WaitAsync(
            () => client.PostAsJsonAsync("/api/members", request), r => r.StatusCode != HttpStatusCode.BadRequest,
            EndToEndTests.Propagation, "the Members service knows the branch");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
