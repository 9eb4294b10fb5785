using System.Text.Json;
using Cloud.Members.Domain.Import;
using Cloud.Spreadsheets;

namespace Cloud.Members.Api;

/// <summary>
/// How far an import is, for a progress bar: <c>status</c> (Running, Succeeded, Refused, Failed), <c>phase</c> (Reading,
/// Checking, Writing, Done), rows done of the phase's total, <c>percent</c> overall, and when finished the counts and
/// the first row errors.
/// </summary>
public sealed record ImportProgressResponse(
    Guid Id, string Status, string Phase, int RowsDone, int RowsTotal, int Percent, int Imported, int Skipped, int ErrorCount,
    IReadOnlyList<ImportRowError> Errors, string? FileName, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public static ImportProgressResponse From(MemberImport i, DateTimeOffset now) => new(
        i.Id, i.StatusAt(now).ToString(), i.Phase.ToString(), i.RowsDone, i.RowsTotal, PercentOf(i), i.Imported, i.Skipped, i.ErrorCount,
        i.Errors is null ? [] : JsonSerializer.Deserialize<ImportRowError[]>(i.Errors, JsonSerializerOptions.Web) ?? [],
        i.FileName, i.StartedAt, i.UpdatedAt, i.FinishedAt);

    // Reading 0–10 %, checking 10–30 %, writing 30–100 % by rows.
    private static int PercentOf(MemberImport i)
    {
        var share = i.RowsTotal == 0 ? 0 : (double)i.RowsDone / i.RowsTotal;
        return i.Phase switch
        {
            ImportPhase.Reading => 0,
            ImportPhase.Checking => 10 + (int)(20 * share),
            ImportPhase.Writing => 30 + (int)(70 * share),
            _ => 100,
        };
    }
}
