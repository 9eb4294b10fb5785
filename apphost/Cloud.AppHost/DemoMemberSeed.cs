using System.Diagnostics;
using System.Globalization;

namespace Cloud.AppHost;

/// <summary>
/// Registers the <see cref="DemoMembers"/> through the gateway (<c>POST /api/members</c>, a few at a time), once the
/// Members service's copy of the tree knows every branch. Skipped when the county already has members, so every start
/// may call it.
/// </summary>
public sealed class DemoMemberSeed(CountyApi api)
{
    private const int InFlight = 8;

    public async Task RunAsync(IReadOnlyDictionary<string, Guid> organizations, CancellationToken cancellationToken)
    {
        var counts = await api.GetAsync("/api/members/search/counts", cancellationToken);
        if (counts.GetProperty("total").GetInt32() > 0)
        {
            ConsoleOutput.Info($"  exists:  {counts.GetProperty("total").GetInt32()} members");
            return;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var members = DemoMembers.Generate(today).Where(m => organizations.ContainsKey(m.Organization)).ToList();
        await WaitForTreeCopyAsync(members.Select(m => organizations[m.Organization]).Distinct(), cancellationToken);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken },
            async (member, token) => await api.PostAsync("/api/members", Request(member, organizations[member.Organization]), token));
        ConsoleOutput.Info($"  registered {members.Count} members in {clock.Elapsed.TotalSeconds:0.0} s (seed 004's shares)");
    }

    /// <summary>The branches reach the Members service through the organization events, a moment after they are created.</summary>
    private async Task WaitForTreeCopyAsync(IEnumerable<Guid> branches, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var branch in branches)
        {
            while (!await api.SucceedsAsync($"/api/members/search?organizationId={branch}&limit=1", cancellationToken))
            {
                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new StartupException($"demo seed: branch {branch} did not reach the members service's organization tree within 60 s");
                }

                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private static object Request(DemoMember m, Guid organizationId) => new
    {
        name = m.Name,
        nationalId = m.NationalId,
        gender = m.Gender,
        ethnicity = m.Ethnicity,
        birthDate = Date(m.BirthDate),
        education = m.Education,
        occupation = m.Occupation,
        employmentStatus = m.EmploymentStatus,
        status = m.Status,
        admissionApprovedOn = Date(m.AdmissionApprovedOn),
        probationStartOn = Date(m.AdmissionApprovedOn),
        confirmedOn = m.ConfirmedOn is { } confirmed ? Date(confirmed) : null,
        organizationId,
        isLeadingCadre = m.IsLeadingCadre,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
