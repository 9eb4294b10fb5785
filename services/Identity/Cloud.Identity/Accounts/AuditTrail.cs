using Cloud.Identity.Data;
using Cloud.Identity.Domain;

namespace Cloud.Identity.Accounts;

/// <summary>Adds audit records to the unit of work, with the caller's address; the caller's SaveChanges writes them.</summary>
public sealed class AuditTrail(IdentityDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(AuditAction action, string? actorId, string? actorName, string? target) =>
        db.Audit.Add(AuditRecord.Of(action, actorId, actorName, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), target, clock.GetUtcNow()));
}
