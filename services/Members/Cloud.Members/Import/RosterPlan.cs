using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
using Cloud.Spreadsheets;

namespace Cloud.Members.Import;

/// <summary>
/// A roster checked against itself and the county: every row error (cells, an ID twice in the file, an ID already a
/// member of the county), the rows to import, and those skipped as already in the county when the import asked to skip
/// them. All or nothing: with any error, nothing is imported.
/// </summary>
public sealed record RosterPlan(int Rows, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<RosterRow> ToImport, int InCounty, int Skipped)
{
    public bool IsValid => Errors.Count == 0;

    /// <param name="inCounty">Whether a member with this ID is already on the county's roll (by the ID's keyed hash).</param>
    public static RosterPlan Of(Roster roster, Func<NationalId, bool> inCounty, bool skipExisting)
    {
        var errors = new List<ImportRowError>(roster.RowErrors);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var toImport = new List<RosterRow>(roster.Rows.Count);
        var inCountyRows = 0;
        foreach (var row in roster.Rows)
        {
            if (row.NationalId is not { } id)
            {
                continue;
            }

            if (!firstRowOf.TryAdd(id.Value, row.Number))
            {
                errors.Add(new ImportRowError(row.Number, RosterColumns.NationalId, $"身份证号码与第{firstRowOf[id.Value]}行重复"));
            }
            else if (inCounty(id))
            {
                inCountyRows++;
                if (skipExisting)
                {
                    continue;
                }

                errors.Add(new ImportRowError(row.Number, RosterColumns.NationalId, "该身份证号码的党员已在本县登记（再次导入同一文件时可选择跳过已登记的党员）"));
            }
            else if (row.IsValid)
            {
                toImport.Add(row);
            }
        }

        var columnOrder = RosterColumns.Known.ToList();
        return new RosterPlan(
            roster.Rows.Count,
            [.. errors.OrderBy(e => e.Row).ThenBy(e => columnOrder.IndexOf(e.Column))],
            errors.Count == 0 ? toImport : [],
            inCountyRows,
            skipExisting && errors.Count == 0 ? inCountyRows : 0);
    }
}
