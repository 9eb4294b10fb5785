using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cloud.AppHost;

/// <summary>
/// Gives the organizations the seed has just created their terms (an election with its results), secretaries and
/// committees, the vacancy and the extension of <see cref="DemoTree"/>, host units and village ratings — all through
/// the Organizations API, so every rule and event runs as for a county's own input.
/// </summary>
public sealed class DemoTreeSeed(CountyApi api)
{
    private static readonly string[] CommitteeRoles = ["Secretary", "DeputySecretary", "OrganizationCommissioner", "PublicityCommissioner", "DisciplineCommissioner"];

    public async Task RunAsync(IReadOnlyDictionary<string, Guid> created, CancellationToken cancellationToken)
    {
        var secretaryPositions = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var terms = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var organization in DemoTree.Organizations.Where(o => o.ElectedOn is not null && created.ContainsKey(o.Name)))
        {
            var recorded = await api.PostAsync($"/api/organizations/{created[organization.Name]}/terms", Election(organization), cancellationToken);
            terms[organization.Name] = CountyApi.IdAt(recorded, "term", "id");
            secretaryPositions[organization.Name] = recorded.GetProperty("positions").EnumerateArray()
                .Where(p => p.GetProperty("role").GetString() == "Secretary").Select(p => CountyApi.IdAt(p, "id")).Single();
        }

        ConsoleOutput.Info($"  recorded {terms.Count} elections with their committees");

        if (secretaryPositions.TryGetValue(DemoTree.Vacancy.Organization, out var position))
        {
            await api.PostAsync($"/api/organizations/{created[DemoTree.Vacancy.Organization]}/positions/{position}/end",
                new { endedOn = Date(DemoTree.Vacancy.EndedOn), reason = DemoTree.Vacancy.Reason }, cancellationToken);
            ConsoleOutput.Info($"  secretary of {DemoTree.Vacancy.Organization} transferred on {Date(DemoTree.Vacancy.EndedOn)}: vacant since");
        }

        if (terms.TryGetValue(DemoTree.Extension.Organization, out var term))
        {
            await api.PostAsync($"/api/organizations/{created[DemoTree.Extension.Organization]}/terms/{term}/extension", new
            {
                extendedUntil = Date(DemoTree.Extension.Until),
                approvedOn = Date(DemoTree.Extension.ApprovedOn),
                approvalDocNo = DemoTree.Extension.DocNo,
            }, cancellationToken);
            ConsoleOutput.Info($"  term of {DemoTree.Extension.Organization} extended to {Date(DemoTree.Extension.Until)}");
        }

        foreach (var (name, category, township, employees, organization) in DemoTree.Units)
        {
            var unit = CountyApi.IdAt(await api.PostAsync("/api/organizations/units", new { name, category, township, employeeCount = employees }, cancellationToken), "id");
            if (organization is not null && created.TryGetValue(organization, out var host))
            {
                await api.PutAsync($"/api/organizations/{host}/host-unit", new { unitId = unit }, cancellationToken);
            }
        }

        foreach (var (organization, year, stars, grade) in DemoTree.Ratings.Where(r => created.ContainsKey(r.Organization)))
        {
            await api.PutAsync($"/api/organizations/{created[organization]}/ratings/{year}", new { starRating = stars, grade }, cancellationToken);
        }

        ConsoleOutput.Info($"  registered {DemoTree.Units.Count} host units and {DemoTree.Ratings.Count} village ratings");
    }

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

    /// <summary>The same stand-in member for the same post on every run, until the Members service holds real people.</summary>
    private static Guid MemberId(string organization, string role) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{DemoCounty.Code}/{organization}/{role}"))[..16]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
