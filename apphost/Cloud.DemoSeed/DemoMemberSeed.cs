using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// Registers the <see cref="DemoMembers"/> through the gateway in one roster import (<c>POST /api/members/imports</c>, a
/// CSV naming each branch by id), which the Members service checks and writes all or nothing. Skipped when the county
/// already has members, so every run may call it.
/// </summary>
public sealed class DemoMemberSeed(CountyApi api, ILogger logger)
{
    private const string ImportPath = "/api/members/imports";
    private const string OrganizationColumn = "所在党组织";
    private static readonly TimeSpan TreeWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RepublishAfter = TimeSpan.FromSeconds(5);

    private static readonly string[] Header =
        ["name", "nationalId", "gender", "ethnicity", "birthDate", "education", "organization", "status", "admissionApprovedOn", "confirmedOn", "occupation", "employmentStatus"];

    public async Task RunAsync(IReadOnlyDictionary<string, Guid> organizations, CancellationToken cancellationToken)
    {
        var existing = (await api.GetAsync("/api/members/search/counts", cancellationToken)).GetProperty("total").GetInt32();
        if (existing > 0)
        {
            logger.LogInformation("Members: {Count} exist, none added", existing);
            return;
        }

        var members = DemoMembers.Generate(DateOnly.FromDateTime(DateTime.UtcNow)).Where(m => organizations.ContainsKey(m.Organization)).ToList();
        var roster = Csv(members, organizations);
        var clock = Stopwatch.StartNew();
        var republished = false;
        while (true)
        {
            var (status, answer) = await api.TryPostFileAsync(ImportPath, roster, "demo-roster.csv", cancellationToken);
            if (status == HttpStatusCode.Created)
            {
                logger.LogInformation("Members: {Count} imported in {Seconds:0.0} s (seed 004's shares)", members.Count, clock.Elapsed.TotalSeconds);
                return;
            }

            // A branch reaches the Members service through the organization events a moment after it is created.
            var unknownBranches = RowErrors(answer).Where(e => e.Column == OrganizationColumn).ToList();
            if (status != HttpStatusCode.UnprocessableEntity || unknownBranches.Count == 0 || clock.Elapsed > TreeWait)
            {
                throw new DemoSeedException($"demo seed: POST {ImportPath} answered {(int)status}: {Summary(status, answer)}");
            }

            if (!republished && clock.Elapsed > RepublishAfter)
            {
                // A tree built before the Members service existed (an older .data) never reached its copy: send it again.
                logger.LogInformation("The Members service does not know {Branches} rows' branches yet: asking Organizations to send the tree again", unknownBranches.Count);
                await api.PostAsync("/api/organizations/tree/republish", new { }, cancellationToken);
                republished = true;
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>The roster in the API's column names, UTF-8; the made-up values hold no commas or quotes.</summary>
    public static byte[] Csv(IEnumerable<DemoMember> members, IReadOnlyDictionary<string, Guid> organizations)
    {
        var text = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var m in members)
        {
            text.AppendJoin(',', [
                m.Name, m.NationalId, m.Gender, m.Ethnicity, Date(m.BirthDate), m.Education, organizations[m.Organization].ToString(), m.Status,
                Date(m.AdmissionApprovedOn), m.ConfirmedOn is { } confirmed ? Date(confirmed) : string.Empty, m.Occupation, m.EmploymentStatus,
            ]).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<(int Row, string Column)> RowErrors(string answer)
    {
        try
        {
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.TryGetProperty("rowErrors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? [.. errors.EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString() ?? string.Empty))]
                : [];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>Where the roster was refused (rows and columns), without the cells: they hold names and ID numbers.</summary>
    private static string Summary(HttpStatusCode status, string answer)
    {
        var errors = RowErrors(answer);
        return status == HttpStatusCode.UnprocessableEntity && errors.Count > 0
            ? $"{errors.Count} row errors, e.g. {string.Join("; ", errors.Take(5).Select(e => $"row {e.Row} {e.Column}"))}"
            : answer;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
