namespace Cloud.Members.Domain.SideStates;

/// <summary>What the branch decides about a member out of contact; nothing happens without it.</summary>
public enum LostContactDecision
{
    Suspend,
    Restore,
    Remove,
}
