namespace Cloud.Identity.Domain;

/// <summary>
/// What a person types to sign in: <c>login@county</c> (e.g. <c>admin@610304</c>), or just <c>login</c> for platform
/// staff of realm 000000.
/// </summary>
public sealed record SignInName(string Login, string Realm)
{
    public static SignInName Parse(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        var at = text.LastIndexOf('@');
        return at < 0
            ? new SignInName(text, Domain.Realm.Platform)
            : new SignInName(text[..at], text[(at + 1)..]);
    }

    /// <summary>From the sign-in form: county code (blank for platform staff) and login as separate fields.</summary>
    public static SignInName From(string? county, string? login) =>
        new(login?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(county) ? Domain.Realm.Platform : county.Trim());

    public bool IsWellFormed => CloudUser.IsValidLogin(Login) && (Domain.Realm.IsPlatform(Realm) || County.IsCountyCode(Realm));
}
