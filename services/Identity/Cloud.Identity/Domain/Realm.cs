namespace Cloud.Identity.Domain;

/// <summary>Where a login lives: a county (its 6-digit code) or the reserved platform realm of operators and ops staff.</summary>
public static class Realm
{
    /// <summary>Platform staff (PlatformAdmin, Ops) live here; their tokens carry no <c>tenant</c>.</summary>
    public const string Platform = "000000";

    public static bool IsPlatform(string realm) => realm == Platform;
}
