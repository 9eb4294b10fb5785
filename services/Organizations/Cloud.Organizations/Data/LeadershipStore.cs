using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;
using Cloud.Organizations.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cloud.Organizations.Data;

/// <summary>
/// Loads an organization's leadership for a change and saves what the change did, with its events, in one transaction.
/// Changes to one organization's leadership take turns (an advisory lock held until commit), so each sees the last.
/// </summary>
public static class LeadershipStore
{
    /// <summary>Begins the transaction, takes the organization's lock and loads its terms, current posts and open vacancy.</summary>
    public static async Task<(IDbContextTransaction Transaction, OrganizationLeadership Leadership)> BeginLeadershipChangeAsync(
        this OrganizationsDbContext db, Organization organization, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended({"leadership:" + organization.Id.ToString("N")}, 0))", cancellationToken);
            var terms = await db.Terms.Where(t => t.OrganizationId == organization.Id).ToListAsync(cancellationToken);
            var current = await db.CommitteePositions.Where(p => p.OrganizationId == organization.Id && p.EndedOn == null).ToListAsync(cancellationToken);
            var vacancy = await db.SecretaryVacancies.FirstOrDefaultAsync(v => v.OrganizationId == organization.Id && v.FilledOn == null, cancellationToken);
            var everHadSecretary = await db.CommitteePositions.AnyAsync(
                p => p.OrganizationId == organization.Id && p.Role == PositionRole.Secretary, cancellationToken);
            return (transaction, new OrganizationLeadership(organization, terms, current, vacancy, everHadSecretary));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Saves the leadership's changes and one event per change, then commits. Ends and closings are written before the new
    /// rows, so the one-open-term and one-current-secretary indexes never see old and new at once.
    /// </summary>
    /// <returns>False when a unique index refused the change (another write got there first); nothing is then written.</returns>
    public static async Task<bool> SaveLeadershipChangeAsync(
        this OrganizationsDbContext db, IDbContextTransaction transaction, OrganizationLeadership leadership, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.AddRange(leadership.Created);
            foreach (var change in leadership.Changes)
            {
                LeadershipEvents.Publish(db, change, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }
}
