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

    /// <summary>
    /// 转正, whichever way it is recorded (the member's record or the development case's confirmation approval): the decision
    /// in the member's history, the status change, and its <c>MemberStatusChanged</c> for Reporting and the tree's counts.
    /// 党龄 counts from <paramref name="confirmedOn"/>, the day probation ended (党章第七条), not the often later decision.
    /// </summary>
    public static void Confirm(MembersDbContext db, ClaimsPrincipal user, PartyMember member, MemberDecision decision, DateOnly confirmedOn, DateTimeOffset now)
    {
        var (oldStatus, oldState) = (member.Status, member.State);
        member.Confirm(confirmedOn, now);
        Record(db, user, member, MembershipDecisionKind.Confirmation, decision, now);
        MemberRecordEvents.StatusChanged(db, member, oldStatus, oldState, decision.DecidedOn, now);
    }

    /// <summary>取消预备党员资格 (from the development case): the record stays as history and leaves the roll, with its event.</summary>
    public static void CancelProbation(MembersDbContext db, ClaimsPrincipal user, PartyMember member, MemberDecision decision, DateTimeOffset now)
    {
        var (oldStatus, oldState) = (member.Status, member.State);
        member.CancelProbation(now);
        Record(db, user, member, MembershipDecisionKind.ProbationCancelled, decision, now);
        MemberRecordEvents.StatusChanged(db, member, oldStatus, oldState, decision.DecidedOn, now);
    }

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
