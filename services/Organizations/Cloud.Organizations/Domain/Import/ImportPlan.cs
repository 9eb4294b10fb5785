using Cloud.Spreadsheets;

namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// The result of checking a list against the county: every row error, and the organizations to register, parents
/// before children. All or nothing: with any error, nothing is registered.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportRowError> Errors, IReadOnlyList<PlannedOrganization> Organizations)
{
    public bool IsValid => Errors.Count == 0;
}
