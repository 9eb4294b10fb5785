using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Writes a decision into the member's history, and for decisions that end the record, the state and its event.</summary>
public static class MemberDecisions
{
    public static void Record(MembersDbContext db, ClaimsPrincipal user, PartyMember member, MembershipDecisionKind kind, MemberDecision decision, DateTimeOffset now) =>
        db.MembershipDecisions.Add(MembershipDecision.Record(member.Id, kind, decision, user.FindFirst(CloudClaims.Subject)?.Value ?? "unknown", now));

    /// <summary>The record leaves the roll; a mobility still open ends with it, so mobile-member counts drop too.</summary>
    public static async Task LeaveAsync(MembersDbContext db, PartyMember member, MemberState state, DateOnly decidedOn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (oldStatus, oldState) = (member.Status, member.State);
        member.Leave(state, now);
        MemberRecordEvents.StatusChanged(db, member, oldStatus, oldState, decidedOn, now);
        if (await db.MobileRecords.FirstOrDefaultAsync(r => r.MemberId == member.Id && r.EndedOn == null, cancellationToken) is { } mobility)
        {
            var endedOn = decidedOn < mobility.DepartedOn ? mobility.DepartedOn : decidedOn;
            mobility.End(endedOn, now);
            MemberRecordEvents.MobileChanged(db, member, false, endedOn, now);
        }
    }
}
