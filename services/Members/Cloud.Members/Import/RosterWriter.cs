using System.Diagnostics;
using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.Members.Security;
using Cloud.Persistence.Outbox;

namespace Cloud.Members.Import;

/// <summary>
/// Writes a checked roster in the caller's transaction: each member sealed (AES-GCM + keyed hash) and registered, with
/// its MemberRegistered event (statistical facts only) in the outbox, both by binary COPY; then the member counts of
/// the organizations that gained members, as every other save publishes them (<see cref="MembershipCounts"/>).
/// </summary>
public static class RosterWriter
{
    public static async Task<int> WriteAsync(
        MembersDbContext db, RosterPlan plan, NationalIdProtector protector, DateTimeOffset now, ImportProgress progress, CancellationToken cancellationToken)
    {
        var county = db.Tenant.TenantId!;
        var rows = plan.ToImport;
        var sealedIds = protector.ProtectAll([.. rows.Select(r => r.NationalId!)], cancellationToken);
        var members = new PartyMember[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            members[i] = PartyMember.Register(Guid.CreateVersion7(now), rows[i].Name!.Trim(), sealedIds[i], rows[i].Facts!, now);
        }

        // The events are serialized on another core while the members are copied. They do not continue the import request's
        // trace: each member's event starts its own, as a registration's does. Thousands of events consumed by three services
        // made one trace of tens of thousands of spans, which the ops dashboard could neither show nor search in minutes.
        var events = Task.Run(
            () =>
            {
                Activity.Current = null;
                return members.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                    .Select(m => OutboxMessage.For(new MemberRegistered(county, Guid.CreateVersion7(now), now, m.Id, MemberStatistics.Of(m)))).ToArray();
            },
            cancellationToken);
        var total = rows.Count * 2;
        await progress.ReportAsync(ImportPhase.Writing, 0, total);
        var inserted = await BulkInsert.InsertAsync(db, members, done => progress.ReportAsync(ImportPhase.Writing, done, total), cancellationToken);
        await BulkInsert.InsertAsync(db, await events, done => progress.ReportAsync(ImportPhase.Writing, rows.Count + done, total), cancellationToken);
        await MembershipCounts.PublishAsync(db, members.Select(m => m.OrganizationId), [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return inserted;
    }
}
