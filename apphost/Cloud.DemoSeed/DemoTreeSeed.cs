using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// Gives the organizations the seed has just created their terms (an election with its results), secretaries and
/// committees, the vacancies and the extension of <see cref="DemoTree"/>, host units and village ratings — all through
/// the Organizations API, so every rule and event runs as for a county's own input.
/// </summary>
public sealed class DemoTreeSeed(CountyApi api, ILogger logger)
{
    private const int InFlight = 4;
    private static readonly string[] CommitteeRoles = ["Secretary", "DeputySecretary", "OrganizationCommissioner", "PublicityCommissioner", "DisciplineCommissioner"];

    public async Task RunAsync(IReadOnlyDictionary<string, Guid> created, CancellationToken cancellationToken)
    {
        var secretaryPositions = new ConcurrentDictionary<string, Guid>(StringComparer.Ordinal);
        var terms = new ConcurrentDictionary<string, Guid>(StringComparer.Ordinal);
        await EachAsync(DemoTree.Organizations.Where(o => o.ElectedOn is not null && created.ContainsKey(o.Name)), async (organization, token) =>
        {
            var recorded = await api.PostAsync($"/api/organizations/{created[organization.Name]}/terms", Election(organization), token);
            terms[organization.Name] = CountyApi.IdAt(recorded, "term", "id");
            secretaryPositions[organization.Name] = recorded.GetProperty("positions").EnumerateArray()
                .Where(p => p.GetProperty("role").GetString() == "Secretary").Select(p => CountyApi.IdAt(p, "id")).Single();
        }, cancellationToken);
        logger.LogInformation("Recorded {Elections} elections with their secretaries and committees", terms.Count);

        foreach (var (organization, endedOn, reason) in DemoTree.Vacancies.Where(v => secretaryPositions.ContainsKey(v.Organization)))
        {
            await api.PostAsync($"/api/organizations/{created[organization]}/positions/{secretaryPositions[organization]}/end",
                new { endedOn = Date(endedOn), reason }, cancellationToken);
            logger.LogInformation("Secretary of {Organization} left on {EndedOn} ({Reason}): vacant since", organization, Date(endedOn), reason);
        }

        if (terms.TryGetValue(DemoTree.Extension.Organization, out var term))
        {
            await api.PostAsync($"/api/organizations/{created[DemoTree.Extension.Organization]}/terms/{term}/extension", new
            {
                extendedUntil = Date(DemoTree.Extension.Until),
                approvedOn = Date(DemoTree.Extension.ApprovedOn),
                approvalDocNo = DemoTree.Extension.DocNo,
            }, cancellationToken);
            logger.LogInformation("Term of {Organization} extended to {Until}", DemoTree.Extension.Organization, Date(DemoTree.Extension.Until));
        }

        var units = await RegisterUnitsAsync(created, cancellationToken);
        var ratings = DemoTree.Ratings.Where(r => created.ContainsKey(r.Organization)).ToList();
        await EachAsync(ratings, (r, token) => api.PutAsync($"/api/organizations/{created[r.Organization]}/ratings/{r.Year}", new { starRating = r.Stars, grade = r.Grade }, token), cancellationToken);
        logger.LogInformation("Registered {Units} host units and {Ratings} village ratings", units, ratings.Count);
    }

    /// <summary>The registry's units not yet there (by name), each made the host unit of its organization when this run created it.</summary>
    private async Task<int> RegisterUnitsAsync(IReadOnlyDictionary<string, Guid> created, CancellationToken cancellationToken)
    {
        var existing = (await api.GetAsync("/api/organizations/units", cancellationToken)).EnumerateArray()
            .Select(u => u.GetProperty("name").GetString()).ToHashSet(StringComparer.Ordinal);
        var units = DemoTree.Organizations.Where(o => o.Unit is not null).Select(o => (o.Unit!, (string?)o.Name))
            .Concat(DemoInstitutions.Uncovered.Select(u => (u, (string?)null)))
            .Where(u => !existing.Contains(u.Item1.Name)).ToList();
        await EachAsync(units, async (pair, token) =>
        {
            var (unit, organization) = pair;
            var answer = await api.PostAsync("/api/organizations/units",
                new { name = unit.Name, category = unit.Category, township = unit.Township, employeeCount = unit.Employees }, token);
            if (organization is not null && created.TryGetValue(organization, out var host))
            {
                await api.PutAsync($"/api/organizations/{host}/host-unit", new { unitId = CountyApi.IdAt(answer, "id") }, token);
            }
        }, cancellationToken);
        return units.Count;
    }

    private static Task EachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> action, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken }, async (item, token) => await action(item, token));

    /// <summary>A member assembly with a quorum (9 of 10 present) and every result well over half; the members are stand-in ids.</summary>
    private static object Election(DemoOrganization organization)
    {
        var roles = organization.Committee ? CommitteeRoles : CommitteeRoles[..1];
        var eligible = organization.Committee ? 60 : 15;
        var present = eligible * 9 / 10;
        return new
        {
            electedOn = Date(organization.ElectedOn!.Value),
            method = "MemberAssembly",
            nominationMethod = organization.Domain is "Village" or "Community" ? "OpenNominationDirectElection" : "TwoRecommendationsOneElection",
            eligibleVoters = eligible,
            votersPresent = present,
            seatsToElect = roles.Length,
            candidates = (int)Math.Ceiling(roles.Length * 1.2),
            results = roles.Select(role => new { memberId = MemberId(organization.Name, role), votes = present - 1, role }).ToArray(),
        };
    }

    /// <summary>The same stand-in member for the same post on every run (the election is recorded before members exist).</summary>
    private static Guid MemberId(string organization, string role) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{DemoCounty.Code}/{organization}/{role}"))[..16]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
