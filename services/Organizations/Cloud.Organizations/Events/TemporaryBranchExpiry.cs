using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cloud.Organizations.Events;

/// <summary>
/// 临时党支部 end with their task (domain.md §3.1): at start and then hourly, every county with a temporary branch whose
/// <c>TemporaryTaskEndsOn</c> has come gets it dissolved, effective that day, reason TaskEnded. The counties come from
/// the SECURITY DEFINER function <c>expired_temporary_branch_counties</c> (Data/Sql/HistorySql.cs): no role reads
/// across counties otherwise. Each county is then swept as that county, under its row-level security.
/// </summary>
public sealed class TemporaryBranchExpiry(
    IServiceScopeFactory scopes, NpgsqlDataSource database, TimeProvider clock, ILogger<TemporaryBranchExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                foreach (var county in await CountiesWithExpiredBranchesAsync(stoppingToken))
                {
                    var dissolved = await DissolveExpiredTemporaryBranchesAsync(county, stoppingToken);
                    logger.LogInformation("Dissolved {Count} temporary branches whose task ended in county {County}", dissolved, county);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next hour tries again; nothing was half done, each county is one transaction.
                logger.LogError(e, "Temporary branch sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>The counties that have a live temporary branch whose task has ended by today.</summary>
    public async Task<IReadOnlyList<string>> CountiesWithExpiredBranchesAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT county FROM expired_temporary_branch_counties($1) AS county");
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = CountyCalendar.Today(clock) });
        var counties = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counties.Add(reader.GetString(0));
        }

        return counties;
    }

    /// <summary>Dissolves the county's temporary branches whose task has ended (and what lives under them); returns how many branches.</summary>
    public async Task<int> DissolveExpiredTemporaryBranchesAsync(string county, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(county);
        var today = CountyCalendar.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Under the tree lock a second sweep (another replica) finds them dissolved already: one event each.
        await db.LockTreeAsync(cancellationToken);
        var expired = await db.Organizations
            .Where(o => o.Kind == BranchKind.Temporary && o.Status != OrganizationStatus.Dissolved && o.TemporaryTaskEndsOn <= today)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var branch in expired)
        {
            // A change recorded after the task's end moves the dissolution to that change's day: history is appended, never rewritten.
            var latest = await db.LatestChangeInSubtreeAsync(branch.Path, cancellationToken);
            var on = branch.TemporaryTaskEndsOn!.Value > latest ? branch.TemporaryTaskEndsOn.Value : latest;
            var below = await db.Organizations
                .FromSql($"SELECT o.* FROM organizations o WHERE o.path <@ {branch.Path}::ltree AND o.id <> {branch.Id}")
                .Where(o => o.Status != OrganizationStatus.Dissolved)
                .ToListAsync(cancellationToken);
            foreach (var organization in below.Append(branch))
            {
                organization.Dissolve(on);
                db.Publish(TreeEvents.Dissolved(county, now, organization, DissolutionReason.TaskEnded));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expired.Count;
    }
}
