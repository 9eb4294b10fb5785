using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// Creates the demo county through the gateway, as people would: the platform operator onboards 陈仓区 and its
/// administrator, who creates the organizations and the other staff. Names already there are reused and a 409 counts as
/// done, so running it again adds nothing twice.
/// </summary>
public sealed class DemoSeed(HttpClient http, string gatewayOrigin, IdentityClient identity, DemoPasswords passwords, ILogger logger)
{
    private const string OrganizationsPath = "/api/organizations";

    /// <summary>Organizations of one level are created side by side; their parents exist by then.</summary>
    private const int InFlight = 4;

    /// <summary>A fresh access token (15 minutes) of the county administrator.</summary>
    public Task<string> AdminTokenAsync(CancellationToken cancellationToken) =>
        identity.TokenAsync(DemoCounty.SignInName(DemoCounty.AdminLogin), passwords.For(DemoCounty.AdminLogin), cancellationToken);

    /// <summary>Onboards the county and its administrator (a 409 means they exist) and returns the administrator's token.</summary>
    public async Task<string> OnboardAsync(string platformToken, CancellationToken cancellationToken)
    {
        var county = await identity.CreateAsync(platformToken, "/api/identity/counties", new { code = DemoCounty.Code, name = DemoCounty.DisplayName }, cancellationToken);
        await identity.CreateAsync(platformToken, $"/api/identity/counties/{DemoCounty.Code}/admins", new
        {
            login = DemoCounty.AdminLogin,
            displayName = $"{DemoCounty.DisplayName}委组织部管理员",
            password = passwords.For(DemoCounty.AdminLogin),
        }, cancellationToken);
        logger.LogInformation("County {County} ({Name}) {Outcome}", DemoCounty.Code, DemoCounty.DisplayName, county is null ? "was onboarded before" : "onboarded");
        return await AdminTokenAsync(cancellationToken);
    }

    /// <summary>The organizations of <see cref="DemoTree"/> that are missing, their terms, units and ratings, and the staff.</summary>
    public async Task RunAsync(string token, CancellationToken cancellationToken)
    {
        var api = new CountyApi(http, gatewayOrigin, token);

        // The county committee (top of the tree) comes from the onboarding event, a moment after onboarding.
        var ids = await ExistingAsync(api, cancellationToken);
        for (var wait = 0; wait < 100 && !ids.ContainsKey(DemoCounty.CommitteeName); wait++)
        {
            await Task.Delay(200, cancellationToken);
            ids = await ExistingAsync(api, cancellationToken);
        }

        if (!ids.TryGetValue(DemoCounty.CommitteeName, out var top))
        {
            throw new DemoSeedException($"the county committee {DemoCounty.CommitteeName} did not appear in GET {OrganizationsPath} within 20 s of onboarding");
        }

        var created = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var level in Levels(DemoTree.Organizations.Where(o => !ids.ContainsKey(o.Name))))
        {
            var made = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(level, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken }, async (o, token) =>
            {
                var parentId = o.ParentName is { } parent ? ids[parent] : top;
                var answer = await api.PostAsync(OrganizationsPath, new OrganizationRequest(
                    o.Name, o.Type, parentId, o.Kind, o.Domain, o.Township, o.Established, o.TemporaryTaskEndsOn), token);
                made[o.Name] = CountyApi.IdAt(answer, "id");
            });
            foreach (var (name, id) in made)
            {
                ids[name] = created[name] = id;
            }
        }

        logger.LogInformation("Organizations: {Created} created, {Existing} existed", created.Count, DemoTree.Organizations.Count - created.Count);

        // Terms, secretaries, units and ratings only for what this run created: a second run adds nothing twice.
        await new DemoTreeSeed(api, logger).RunAsync(created, cancellationToken);

        foreach (var user in DemoCounty.Users)
        {
            var answer = await identity.CreateAsync(token, "/api/identity/users", new
            {
                login = user.Login,
                displayName = user.DisplayName,
                password = passwords.For(user.Login),
                roles = new[] { user.Role },
                orgScope = user.Scope is null ? (Guid?)null : ids[user.Scope],
            }, cancellationToken);
            logger.LogInformation("User {Login} ({Role}) {Outcome}", DemoCounty.SignInName(user.Login), user.Role, answer is null ? "exists" : "created");
        }
    }

    /// <summary>Name → id of what the county already has.</summary>
    public static async Task<Dictionary<string, Guid>> ExistingAsync(CountyApi api, CancellationToken cancellationToken)
    {
        var list = await api.GetAsync(OrganizationsPath, cancellationToken);
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (list.ValueKind != JsonValueKind.Array)
        {
            return ids;
        }

        foreach (var item in list.EnumerateArray())
        {
            ids[item.GetProperty("name").GetString()!] = CountyApi.IdAt(item, "id");
        }

        return ids;
    }

    /// <summary>The organizations by depth below the county committee: every parent is in an earlier level.</summary>
    private static IEnumerable<List<DemoOrganization>> Levels(IEnumerable<DemoOrganization> missing)
    {
        var byName = DemoTree.Organizations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        int Depth(DemoOrganization o) => o.ParentName is { } parent ? 1 + Depth(byName[parent]) : 0;
        return missing.GroupBy(Depth).OrderBy(g => g.Key).Select(g => g.ToList());
    }
}
