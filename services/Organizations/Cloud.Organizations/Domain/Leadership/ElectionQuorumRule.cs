namespace Cloud.Organizations.Domain.Leadership;

/// <summary>基层组织选举工作条例 (2020) (O15): an election is valid only when more than four fifths of the expected voters are present.</summary>
public static class ElectionQuorumRule
{
    public static bool IsMet(int eligibleVoters, int votersPresent) => (long)votersPresent * 5 > (long)eligibleVoters * 4;
}
