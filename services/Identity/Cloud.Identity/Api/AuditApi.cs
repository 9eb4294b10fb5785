using Cloud.Identity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Api;

/// <summary>The county's audit trail, newest first, for its admin and auditors.</summary>
public static class AuditApi
{
    public const int MaxTake = 500;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/identity/audit", ListAudit).RequireAuthorization(IdentityPolicies.AuditReader);
        return app;
    }

    public static async Task<Ok<AuditRecordResponse[]>> ListAudit(IdentityDbContext db, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Audit.AsNoTracking()
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Take(Math.Clamp(take ?? 100, 1, MaxTake))
                .ToListAsync(cancellationToken))
            .Select(AuditRecordResponse.From).ToArray());
}
