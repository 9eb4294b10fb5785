using Microsoft.Extensions.Caching.Memory;

namespace Cloud.Portal.Auth;

/// <summary>
/// The server-side session store. In memory: a Portal restart signs everyone out, and replicas need sticky sessions
/// (which Blazor Server needs anyway). A session lives as long as its refresh token could (OpenIddict's 14 days) and
/// ends early on sign-out or when a refresh is refused.
/// </summary>
public sealed class PortalSessions(IMemoryCache cache)
{
    /// <summary>The claim in the Portal's cookie that names the session.</summary>
    public const string Claim = "portal_session";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public PortalSession Start(SessionTokens tokens)
    {
        var session = new PortalSession(Guid.NewGuid().ToString("N"), tokens);
        cache.Set(Key(session.Id), session, Lifetime);
        return session;
    }

    public PortalSession? Find(string? id) =>
        id is not null && cache.TryGetValue(Key(id), out PortalSession? session) ? session : null;

    public void End(string? id)
    {
        if (id is not null)
        {
            cache.Remove(Key(id));
        }
    }

    private static string Key(string id) => "portal-session:" + id;
}
