namespace Cloud.Identity.Domain;

/// <summary>How strong a password must be and how often a wrong one may be tried.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;

    public const int MaxLength = 128;

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
