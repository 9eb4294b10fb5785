using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Cloud.AppHost;

/// <summary>
/// Registers the <see cref="DemoMembers"/> through the gateway (<c>POST /api/members</c>, a few at a time), each branch's
/// once the Members service's copy of the tree knows the branch. Skipped when the county already has members, so every
/// start may call it.
/// </summary>
public sealed class DemoMemberSeed(CountyApi api)
{
    private const int InFlight = 8;
    private bool _republished;

    public async Task RunAsync(IReadOnlyDictionary<string, Guid> organizations, CancellationToken cancellationToken)
    {
        var counts = await api.GetAsync("/api/members/search/counts", cancellationToken);
        if (counts.GetProperty("total").GetInt32() > 0)
        {
            ConsoleOutput.Info($"  exists:  {counts.GetProperty("total").GetInt32()} members");
            return;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var branches = DemoMembers.Generate(today).Where(m => organizations.ContainsKey(m.Organization)).GroupBy(m => m.Organization).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var branch in branches)
        {
            await RegisterFirstAsync(branch.First(), organizations[branch.Key], clock, cancellationToken);
        }

        var others = branches.SelectMany(b => b.Skip(1)).ToList();
        await Parallel.ForEachAsync(others, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken },
            async (member, token) => await api.PostAsync("/api/members", Request(member, organizations[member.Organization]), token));
        ConsoleOutput.Info($"  registered {branches.Count + others.Count} members in {clock.Elapsed.TotalSeconds:0.0} s (seed 004's shares)");
    }

    /// <summary>
    /// A branch reaches the Members service through the organization events a moment after it is created; until then the
    /// service answers 400 on <c>organizationId</c>, so the branch's first member is retried until it is taken.
    /// </summary>
    private async Task RegisterFirstAsync(DemoMember member, Guid organizationId, Stopwatch clock, CancellationToken cancellationToken)
    {
        var waitedSince = clock.Elapsed;
        while (true)
        {
            var (status, answer) = await api.TryPostAsync("/api/members", Request(member, organizationId), cancellationToken);
            if (status == HttpStatusCode.Created)
            {
                return;
            }

            if (status != HttpStatusCode.BadRequest || !answer.Contains("organizationId", StringComparison.Ordinal) || clock.Elapsed - waitedSince > TimeSpan.FromSeconds(60))
            {
                throw new StartupException($"demo seed: POST /api/members ({member.Organization}) answered {(int)status}: {answer}");
            }

            if (!_republished && clock.Elapsed - waitedSince > TimeSpan.FromSeconds(5))
            {
                // A tree built before the Members service existed (an older .data) never reached its copy: send it again.
                ConsoleOutput.Info("  the Members service does not know the tree yet: asking Organizations to send it again");
                await api.PostAsync("/api/organizations/tree/republish", new { }, cancellationToken);
                _republished = true;
            }

            await Task.Delay(250, cancellationToken);
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
