using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>
/// One write to a member's record or side states, the same for every endpoint: lock the member, load it within the
/// caller's scope (404 outside), refuse if it left the roll (409), apply, and save with its events in one transaction.
/// </summary>
public static class MemberChange
{
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult, NotFound>> RunAsync<T>(
        MembersDbContext db, ClaimsPrincipal user, Guid id, TimeProvider clock,
        Func<PartyMember, DateTimeOffset, Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("member", id, cancellationToken); // one writer per member at a time
        var visible = db.OrganizationsVisibleTo(user);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id && visible.Any(o => o.OrganizationId == m.OrganizationId), cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        if (member.State != MemberState.Current)
        {
            return RecordProblems.NotCurrent();
        }

        switch ((await change(member, clock.GetUtcNow())).Result)
        {
            case Ok<T> done:
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return done;
            case ValidationProblem invalid:
                return invalid;
            case var refused:
                return (ProblemHttpResult)refused;
        }
    }

    /// <summary>The same, for a change that needs no further reads.</summary>
    public static Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult, NotFound>> RunAsync<T>(
        MembersDbContext db, ClaimsPrincipal user, Guid id, TimeProvider clock,
        Func<PartyMember, DateTimeOffset, Results<Ok<T>, ValidationProblem, ProblemHttpResult>> change, CancellationToken cancellationToken) =>
        RunAsync<T>(db, user, id, clock, (member, now) => Task.FromResult(change(member, now)), cancellationToken);

    public static DateOnly Today(DateTimeOffset now) => CountyCalendar.DateOf(now);
}
