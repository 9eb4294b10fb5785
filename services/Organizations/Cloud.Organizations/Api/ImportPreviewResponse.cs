using Cloud.Organizations.Domain.Import;
using Cloud.Spreadsheets;

namespace Cloud.Organizations.Api;

/// <summary>
/// What an import of the file would do: <c>rows</c> read, <c>valid</c> when it can be imported as it is, the row errors,
/// and <c>toCreate</c>, the organizations the import would register (all of them, or none while any error remains).
/// </summary>
public sealed record ImportPreviewResponse(int Rows, bool Valid, IReadOnlyList<ImportRowError> Errors, int ToCreate, int SecretaryIds)
{
    public static ImportPreviewResponse From(OrganizationList list, ImportPlan plan) =>
        new(list.Rows.Count, plan.IsValid, plan.Errors, plan.Organizations.Count, list.Rows.Count(r => r.SecretaryId is not null));
}
