namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// Membership counts carry the whole count, not a delta, and may arrive out of order: the one taken last wins, and an
/// older or equally old count changes nothing.
/// </summary>
public static class LatestMembershipCountWins
{
    public static bool Applies(DateTimeOffset? storedCountedAt, DateTimeOffset incomingCountedAt) =>
        storedCountedAt is not { } stored || incomingCountedAt > stored;
}
