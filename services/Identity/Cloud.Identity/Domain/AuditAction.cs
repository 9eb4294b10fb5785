namespace Cloud.Identity.Domain;

/// <summary>What happened, as recorded in the audit trail.</summary>
public enum AuditAction
{
    SignIn,
    SignInFailed,
    LockedOut,
    UserCreated,
    RolesChanged,
    UserDisabled,
    UserEnabled,
    PasswordReset,
    CountyOnboarded,
    CountySuspended,
    CountyActivated,
    ClientCreated,
}
