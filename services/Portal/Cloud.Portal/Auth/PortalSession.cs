namespace Cloud.Portal.Auth;

/// <summary>
/// One signed-in browser's tokens, kept on the server: the cookie carries only the session's id and the user's claims.
/// <see cref="Gate"/> lets one caller at a time refresh the access token.
/// </summary>
public sealed class PortalSession(string id, SessionTokens tokens)
{
    public string Id { get; } = id;

    public SessionTokens Tokens { get; set; } = tokens;

    public SemaphoreSlim Gate { get; } = new(1, 1);
}

/// <summary>What the token endpoint returned: the access token and when it expires, the refresh token, the ID token for sign-out.</summary>
public sealed record SessionTokens(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken, string? IdToken);
