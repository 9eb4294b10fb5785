namespace Cloud.Organizations.Domain.Leadership;

/// <summary>Election rules (O16): a candidate is elected only with yes votes from more than half of the voters expected to attend.</summary>
public static class WinningThresholdRule
{
    public static bool IsElected(int votes, int eligibleVoters) => (long)votes * 2 > eligibleVoters;
}
