using Cloud.Members.Import;
using Cloud.Spreadsheets;

namespace Cloud.Members.Api;

/// <summary>
/// What importing the file would do: <c>rows</c> read, <c>valid</c> when it can be imported as it is, <c>toImport</c>,
/// <c>inCounty</c> (rows whose ID is already a member here: errors, or skipped with <c>existing=skip</c>), every row error,
/// and the first rows as read. <c>importId</c> is a fresh id the page may pass to the import to follow its progress.
/// </summary>
public sealed record RosterPreviewResponse(
    Guid ImportId, int Rows, bool Valid, int ToImport, int InCounty, int Skipped, int ErrorCount,
    IReadOnlyList<ImportRowError> Errors, IReadOnlyList<RosterPreviewRow> FirstRows)
{
    public const int FirstRowCount = 20;

    public static RosterPreviewResponse From(Roster roster, RosterPlan plan, BranchDirectory branches) => new(
        Guid.CreateVersion7(), plan.Rows, plan.IsValid, plan.ToImport.Count, plan.InCounty, plan.Skipped, plan.Errors.Count, plan.Errors,
        [.. roster.Rows.Where(r => r.IsValid).Take(FirstRowCount).Select(r => RosterPreviewRow.From(r, branches))]);
}
