using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Benchmarks.PortalLoad;

/// <summary>
/// A county of 60,000 members on a running platform, entered as a county would enter it: the operator onboards it, its
/// administrator registers 15 townships of 20 branches and imports one roster of 60,000 rows through the gateway.
/// </summary>
public sealed class BenchCounty(string code, HttpClient admin)
{
    public const string Name = "基准县";
    public const string AdminPassword = "portal-bench-secret";
    public const int Townships = 15;
    public const int BranchesPerTownship = 20;
    public const int Members = 60_000;

    public string Code { get; } = code;

    public HttpClient Admin { get; } = admin;

    public static string TownshipName(int t) => $"中共{Name}第{t + 1}镇委员会";

    public static async Task<BenchCounty> CreateAsync(Uri gateway, string platformPassword)
    {
        var code = Counties.New();
        using var platform = await SignedInAsync(gateway, "platform", platformPassword);
        (await platform.PostAsJsonAsync("/api/identity/counties", new { code, name = Name })).EnsureSuccessStatusCode();
        (await platform.PostAsJsonAsync($"/api/identity/counties/{code}/admins", new { login = "admin", displayName = Name + "组织部", password = AdminPassword }))
            .EnsureSuccessStatusCode();
        var county = new BenchCounty(code, await SignedInAsync(gateway, $"admin@{code}", AdminPassword));

        var branches = new List<string>();
        for (var t = 0; t < Townships; t++)
        {
            var township = await county.RegisterAsync(new { name = TownshipName(t), type = "PrimaryCommittee" });
            for (var b = 0; b < BranchesPerTownship; b++)
            {
                var name = $"{Name}第{t + 1}镇第{b + 1}村党支部";
                await county.RegisterAsync(new { name, type = "Branch", parentId = township, domain = "Village" });
                branches.Add(name);
            }
        }

        await county.ImportRosterAsync(branches);
        return county;
    }

    private async Task<Guid> RegisterAsync(object organization)
    {
        var response = await Admin.PostAsJsonAsync("/api/organizations", organization);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering an organization failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // The Members service learns the branches from Organizations' events: retry the import until it knows them all.
    private async Task ImportRosterAsync(List<string> branches)
    {
        var roster = MemberRoster.Csv(MemberRoster.Rows(Members, [.. branches]));
        for (var attempt = 1; ; attempt++)
        {
            using var upload = MemberRoster.Upload(roster, "花名册.csv");
            var response = await Admin.PostAsync("/api/members/imports", upload);
            if (response.IsSuccessStatusCode)
            {
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                Console.WriteLine($"portal bench: imported {result.GetProperty("imported").GetInt32()} members into {Code}");
                return;
            }

            if (attempt == 30)
            {
                throw new InvalidOperationException($"The roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri gateway, string username, string password)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(10) };
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "cloud-portal", ["username"] = username, ["password"] = password,
        }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
