using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;

namespace Cloud.Members.Events;

/// <summary>The events of member-record management, written to the outbox with the change; statistical facts only.</summary>
public static class MemberRecordEvents
{
    public static void FactsChanged(MembersDbContext db, PartyMember member, MemberStatisticalFacts previous, DateTimeOffset now)
    {
        var facts = MemberStatistics.Of(member);
        if (facts != previous)
        {
            db.Publish(new MemberFactsChanged(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, facts, previous));
        }
    }

    public static void StatusChanged(MembersDbContext db, PartyMember member, MembershipStatus oldStatus, MemberState oldState, DateOnly decidedOn, DateTimeOffset now) =>
        db.Publish(new MemberStatusChanged(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member),
            oldStatus.ToString(), member.Status.ToString(), oldState.ToString(), member.State.ToString(), decidedOn));

    public static void MobileChanged(MembersDbContext db, PartyMember member, bool isMobile, DateOnly on, DateTimeOffset now) =>
        db.Publish(new MobileStatusChanged(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member), isMobile, on));

    public static void LostContactChanged(MembersDbContext db, PartyMember member, LostContactSituation situation, DateOnly on, DateTimeOffset now) =>
        db.Publish(new Contracts.Members.LostContactChanged(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member), situation.ToString(), on));
}
