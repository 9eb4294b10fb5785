using Cloud.Contracts.Members;
using Cloud.Members.Domain.Members;
using Cloud.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cloud.Members.Data;

/// <summary>
/// Keeps the Organizations service's member counts true: whenever members join, leave or change status in a unit of
/// work, the whole current count of every organization and host unit touched is published in the same transaction.
/// </summary>
public static class MembershipCounts
{
    private static readonly string[] CountedProperties =
        [nameof(PartyMember.OrganizationId), nameof(PartyMember.WorkUnitId), nameof(PartyMember.Status), nameof(PartyMember.State)];

    /// <summary>The organizations and units whose counts the tracked member changes affect (before and after).</summary>
    public static (HashSet<Guid> Organizations, HashSet<Guid> Units) Touched(ChangeTracker tracker)
    {
        var organizations = new HashSet<Guid>();
        var units = new HashSet<Guid>();
        foreach (var entry in tracker.Entries<PartyMember>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && CountedProperties.Any(p => entry.Property(p).IsModified)))
            {
                foreach (var values in new[] { entry.State == EntityState.Added ? null : entry.OriginalValues, entry.State == EntityState.Deleted ? null : entry.CurrentValues })
                {
                    if (values is null)
                    {
                        continue;
                    }

                    organizations.Add(values.GetValue<Guid>(nameof(PartyMember.OrganizationId)));
                    if (values.GetValue<Guid?>(nameof(PartyMember.WorkUnitId)) is { } unit)
                    {
                        units.Add(unit);
                    }
                }
            }
        }

        return (organizations, units);
    }

    /// <summary>
    /// Counts what the transaction sees and writes the counts into the outbox. Call after the member rows are saved,
    /// inside the transaction; each organization's lock makes a later writer count after this one commits.
    /// </summary>
    public static async Task PublishAsync(MembersDbContext db, IEnumerable<Guid> organizations, IEnumerable<Guid> units, CancellationToken cancellationToken)
    {
        var county = db.Tenant.TenantId ?? throw new InvalidOperationException("Counting members needs a county.");
        var organizationIds = organizations.Distinct().Order().ToArray();
        var unitIds = units.Distinct().Order().ToArray();
        foreach (var id in organizationIds)
        {
            await db.LockAsync("member-count", id, cancellationToken);
        }

        foreach (var id in unitIds)
        {
            await db.LockAsync("unit-member-count", id, cancellationToken);
        }

        // The database's clock, read after the locks: a later count always carries a later time.
        var at = await db.Database.SqlQuery<DateTimeOffset>($"SELECT clock_timestamp() AS \"Value\"").SingleAsync(cancellationToken);
        var current = db.Members.Where(m => m.State == MemberState.Current);
        var byOrganization = await current.Where(m => organizationIds.Contains(m.OrganizationId))
            .GroupBy(m => m.OrganizationId)
            .Select(g => new { Id = g.Key, Full = g.Count(m => m.Status == MembershipStatus.Full), Probationary = g.Count(m => m.Status == MembershipStatus.Probationary) })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var byUnit = await current.Where(m => m.WorkUnitId != null && unitIds.Contains(m.WorkUnitId.Value) && m.Status == MembershipStatus.Full)
            .GroupBy(m => m.WorkUnitId!.Value)
            .Select(g => new { Id = g.Key, Full = g.Count() })
            .ToDictionaryAsync(c => c.Id, c => c.Full, cancellationToken);

        foreach (var id in organizationIds)
        {
            var count = byOrganization.GetValueOrDefault(id);
            db.Publish(new OrganizationMembershipCounted(county, Guid.NewGuid(), at, id, count?.Full ?? 0, count?.Probationary ?? 0));
        }

        foreach (var id in unitIds)
        {
            db.Publish(new UnitMembershipCounted(county, Guid.NewGuid(), at, id, byUnit.GetValueOrDefault(id)));
        }
    }
}
