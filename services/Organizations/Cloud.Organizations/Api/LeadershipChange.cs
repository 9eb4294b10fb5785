using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Organizations.Api;

/// <summary>One leadership write, the same for every endpoint: lock and load, apply, refuse (400/409) or save with its events.</summary>
public static class LeadershipChange
{
    /// <param name="change">Applies the operation; null when what it acts on is not there (404).</param>
    /// <param name="done">The answer once the change and its events are committed.</param>
    public static async Task<Results<TDone, ValidationProblem, ProblemHttpResult, NotFound>> ChangeLeadershipAsync<TDone>(
        this LeadershipServices services, Organization organization,
        Func<OrganizationLeadership, DateTimeOffset, LeadershipOutcome?> change, Func<OrganizationLeadership, LeadershipOutcome, TDone> done)
        where TDone : IResult
    {
        var (transaction, leadership) = await services.Db.BeginLeadershipChangeAsync(organization, services.CancellationToken);
        await using (transaction)
        {
            var now = services.Clock.GetUtcNow();
            if (change(leadership, now) is not { } outcome)
            {
                return TypedResults.NotFound();
            }

            if (outcome.Conflict is { } conflict)
            {
                return LeadershipResults.Conflict(conflict);
            }

            if (!outcome.Succeeded)
            {
                return outcome.Violations.ToProblem();
            }

            if (!await services.Db.SaveLeadershipChangeAsync(transaction, leadership, now, services.CancellationToken))
            {
                return LeadershipResults.Conflict(LeadershipResults.ConcurrentChange);
            }

            return done(leadership, outcome);
        }
    }
}
