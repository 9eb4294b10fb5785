using System.Security.Claims;
using Cloud.Members.Api.Search;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>
/// Who may vote at an organization's election (M35, 基层组织选举工作条例 第五条): the full members on its roll, the whole
/// subtree (a 党员大会 of a general branch or committee is every member under it), less those under 留党察看 that day and
/// those detained or arrested that day (recorded through <see cref="VotingRightsApi"/>). Probationary members have no
/// vote and are counted apart. The election record's eligible voters start from this number.
/// </summary>
public static class VotersApi
{
    public static IEndpointRouteBuilder MapVotersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/members/voters", GetVoters).RequireAuthorization(CloudPolicies.CountyUser, CloudPolicies.CanReadCounty);
        return app;
    }

    public static async Task<Results<Ok<VotersResponse>, ValidationProblem, NotFound>> GetVoters(
        Guid? organizationId, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (organizationId is not { } id || id == Guid.Empty)
        {
            return new Validation().Add("organizationId", "请指定组织").ToProblem();
        }

        if (await MemberOrganizations.FindAsync(db, user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var today = MemberChange.Today(clock.GetUtcNow());
        var roll = new MemberSearch(db).Matching(user, id, new MemberSearchFilter(), today);
        var byStatus = await roll.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var withoutVote = await (
            from member in roll
            where member.Status == MembershipStatus.Full
            join sanction in db.Sanctions on member.Id equals sanction.MemberId
            where sanction.Type == SanctionType.ProbationWithinParty && sanction.DecidedOn <= today && sanction.Until >= today
            orderby member.Name, member.Id
            select new VoterExclusion(member.Id, member.Name, nameof(SanctionType.ProbationWithinParty), sanction.Until))
            .Distinct()
            .ToListAsync(cancellationToken);
        var held = await (
            from member in roll
            where member.Status == MembershipStatus.Full
            join suspension in db.VotingRightsSuspensions on member.Id equals suspension.MemberId
            where suspension.StartsOn <= today && (suspension.EndedOn == null || suspension.EndedOn > today)
            select new { member.Id, member.Name, suspension.Reason })
            .ToListAsync(cancellationToken);
        withoutVote = [.. withoutVote
            .Concat(held.Select(h => new VoterExclusion(h.Id, h.Name, h.Reason.ToString(), null)))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.MemberId)];

        var full = byStatus.Where(s => s.Status == MembershipStatus.Full).Sum(s => s.Count);
        var probationary = byStatus.Where(s => s.Status == MembershipStatus.Probationary).Sum(s => s.Count);
        var excluded = withoutVote.Select(e => e.MemberId).Distinct().Count();
        return TypedResults.Ok(new VotersResponse(id, today, full, probationary, full - excluded, withoutVote));
    }
}

/// <summary>The vote count of an organization's roll on a day; <c>withoutVote</c> names the full members who may not vote, and why.</summary>
public sealed record VotersResponse(Guid OrganizationId, DateOnly On, int FullMembers, int ProbationaryMembers, int EligibleVoters, IReadOnlyList<VoterExclusion> WithoutVote);

/// <summary>
/// A full member without a vote: <c>reason</c> <c>ProbationWithinParty</c> (留党察看) until the day named, or
/// <c>Detained</c> / <c>Arrested</c> until the branch records the vote restored (no day).
/// </summary>
public sealed record VoterExclusion(Guid MemberId, string Name, string Reason, DateOnly? Until);
