using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Cloud.Portal.Auth;

/// <summary>
/// The signed-in user's access token for calls to the gateway, refreshed with the refresh token a minute before it
/// expires (Identity's access tokens live 15 minutes). A refused refresh ends the session: the user signs in again.
/// </summary>
public sealed class AccessTokens(
    PortalSessions sessions,
    IOptionsMonitor<OpenIdConnectOptions> oidc,
    IHttpClientFactory httpClients,
    TimeProvider clock,
    ILogger<AccessTokens> logger)
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(1);

    public async Task<string?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var session = sessions.Find(user.FindFirst(PortalSessions.Claim)?.Value);
        if (session is null)
        {
            return null;
        }

        if (!IsDue(session.Tokens))
        {
            return session.Tokens.AccessToken;
        }

        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            if (IsDue(session.Tokens))
            {
                var refreshed = await RefreshAsync(session.Tokens, cancellationToken);
                if (refreshed is null)
                {
                    sessions.End(session.Id);
                    return null;
                }

                session.Tokens = refreshed;
            }

            return session.Tokens.AccessToken;
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private bool IsDue(SessionTokens tokens) => tokens.ExpiresAt - clock.GetUtcNow() < RefreshAhead;

    private async Task<SessionTokens?> RefreshAsync(SessionTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is null)
        {
            return null;
        }

        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var response = await httpClients.CreateClient(PortalAuthentication.BackchannelClient).PostAsync(
            configuration.TokenEndpoint,
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = options.ClientId!,
                ["refresh_token"] = tokens.RefreshToken,
            }),
            cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refreshing an access token was refused ({Status}); the session ends", (int)response.StatusCode);
            return null;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = body.RootElement;
        return new SessionTokens(
            root.GetProperty("access_token").GetString()!,
            clock.GetUtcNow().AddSeconds(root.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.GetInt32() : 300),
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : tokens.RefreshToken,
            root.TryGetProperty("id_token", out var id) ? id.GetString() : tokens.IdToken);
    }
}
