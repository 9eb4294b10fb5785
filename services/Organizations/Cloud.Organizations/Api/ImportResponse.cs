using Cloud.Organizations.Domain.Import;

namespace Cloud.Organizations.Api;

/// <summary>
/// The organizations an import registered. Committee positions are not stored by this service yet, so the secretaries
/// named in the file come back here (<c>pendingSecretaries</c>) rather than being dropped silently.
/// </summary>
public sealed record ImportResponse(int Created, int SecretaryIdsPending, IReadOnlyList<PendingSecretary> PendingSecretaries)
{
    public static ImportResponse From(ImportPlan plan)
    {
        PendingSecretary[] pending = [.. plan.Organizations
            .Where(p => p.Row.SecretaryId is not null)
            .Select(p => new PendingSecretary(p.Row.Number, p.Organization.Id, p.Row.SecretaryId!.Value))];
        return new(plan.Organizations.Count, pending.Length, pending);
    }
}
