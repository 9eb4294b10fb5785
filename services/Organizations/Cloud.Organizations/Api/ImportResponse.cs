using Cloud.Organizations.Domain.Import;

namespace Cloud.Organizations.Api;

/// <summary>The organizations an import registered, and how many of them got the secretary (or group leader) their row named.</summary>
public sealed record ImportResponse(int Created, int SecretariesAssigned)
{
    public static ImportResponse From(ImportPlan plan) =>
        new(plan.Organizations.Count, plan.Organizations.Count(p => p.Leadership is not null));
}
