namespace Cloud.Identity.Domain;

public enum UserStatus
{
    Active,

    /// <summary>Cannot sign in; refresh tokens stop working.</summary>
    Disabled,
}
