using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.DemoSeed;
using Cloud.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Cloud.SystemTests;

/// <summary>
/// The demo seed against the whole platform (Identity, the services, the gateway) as the AppHost runs it: it builds the
/// county at seed 004's scale, and a second, forced run adds nothing twice.
/// </summary>
[Collection(PlatformFixture.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the seed writes its files with Unix modes
public sealed class DemoSeedTests(SignedInPlatform platform, ITestOutputHelper output) : IClassFixture<SignedInPlatform>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("demo-seed-").FullName;
    private readonly ILoggerFactory _logs = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff "));

    [Fact]
    public async Task The_seed_builds_the_demo_county_and_a_second_forced_run_adds_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_data, "passwords"));
        await File.WriteAllTextAsync(Path.Combine(_data, "passwords", DemoCounty.PlatformLogin), SignedInPlatform.PlatformPassword + "\n");
        using var http = RateLimitRetry.Client();

        var first = Stopwatch.StartNew();
        await new DemoSeedRun(http, new DemoSeedOptions(platform.Gateway, _data, Force: false), _logs.CreateLogger<DemoSeedRun>()).RunAsync(CancellationToken.None);
        output.WriteLine($"first run: {first.Elapsed.TotalSeconds:0.0} s");
        var token = (await File.ReadAllTextAsync(Path.Combine(_data, "demo-token"))).Trim();
        using var gateway = new HttpClient { BaseAddress = platform.Gateway, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var after = await CountsAsync(gateway);

        var second = Stopwatch.StartNew();
        await new DemoSeedRun(http, new DemoSeedOptions(platform.Gateway, _data, Force: true), _logs.CreateLogger<DemoSeedRun>()).RunAsync(CancellationToken.None);
        output.WriteLine($"second (forced) run: {second.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(1 + DemoTree.Organizations.Count, after.Organizations);
        Assert.Equal(DemoMembers.Total + 2, after.Members); // and the two admission cases that reached membership
        Assert.InRange(after.Cases, 5, 6); // the confirmed member's case may leave the stage counts once archived
        Assert.True(File.Exists(Path.Combine(_data, "demo-seeded")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data, "demo-token")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data, "passwords", DemoCounty.AdminLogin)));
        Assert.Equal(after, await CountsAsync(gateway));

        // The member counts reach Organizations by events: the advisories settle on a handful, not every branch.
        var advisories = await Eventually.WaitAsync(
            async () => await gateway.GetFromJsonAsync<JsonElement[]>("/api/organizations/advisories") ?? [],
            // Both kinds arrive by the branches' membership counts, event by event: wait for both, not only the first.
            a => a.Count(x => x.GetProperty("code").GetString() == "OverFiftyMembersSuggestGeneralBranch") == DemoTree.LargeBranches.Count
                && a.Count(x => x.GetProperty("code").GetString() == "SevenFullMembersWithoutCommittee") == DemoTree.WithoutCommittee.Count,
            TimeSpan.FromSeconds(60), "the large branches' and the committee-less branches' advisories");
        var byCode = advisories.GroupBy(a => a.GetProperty("code").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var vacancies = await gateway.GetFromJsonAsync<JsonElement[]>("/api/organizations/vacancies");
        output.WriteLine($"advisories: {string.Join(", ", byCode.Select(c => $"{c.Key} {c.Value}"))}; vacancies: {vacancies!.Length}");

        Assert.Equal(DemoTree.WithoutCommittee.Count, byCode.GetValueOrDefault("SevenFullMembersWithoutCommittee"));
        Assert.InRange(byCode.GetValueOrDefault("TermOverdue"), 1, 6);
        Assert.Equal(DemoTree.Vacancies.Count, vacancies.Length);
        Assert.InRange(advisories.Length, 5, 25);
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private static async Task<SeededCounts> CountsAsync(HttpClient gateway)
    {
        var organizations = await gateway.GetFromJsonAsync<JsonElement[]>("/api/organizations");
        var members = await gateway.GetFromJsonAsync<JsonElement>("/api/members/search/counts");
        var units = await gateway.GetFromJsonAsync<JsonElement[]>("/api/organizations/units");
        var cases = await gateway.GetFromJsonAsync<JsonElement>("/api/members/development/counts");
        return new(organizations!.Length, members.GetProperty("total").GetInt32(), units!.Length,
            cases.GetProperty("stages").EnumerateObject().Sum(s => s.Value.GetInt32()));
    }

    private sealed record SeededCounts(int Organizations, int Members, int Units, int Cases);
}
