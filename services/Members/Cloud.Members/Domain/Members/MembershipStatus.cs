namespace Cloud.Members.Domain.Members;

/// <summary>正式党员 / 预备党员.</summary>
public enum MembershipStatus
{
    Probationary,
    Full,
}
