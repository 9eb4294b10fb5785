using Cloud.Contracts.Members;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;

namespace Cloud.Members.Events;

/// <summary>The statistical <see cref="MemberTransferred"/> of a move, with the member's facts as after it.</summary>
public static class TransferEvents
{
    public static MemberTransferred Transferred(string county, PartyMember member, TransferDirection direction, TransferReason reason, DateOnly on,
        Guid? from, Guid? to, string? otherCounty, DateTimeOffset at) =>
        new(county, Guid.NewGuid(), at, member.Id, direction.ToString(), reason.ToString(), on, from, to, otherCounty, MemberStatistics.Of(member));
}
