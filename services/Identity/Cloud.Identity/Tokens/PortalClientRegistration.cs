using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Tokens;

/// <summary>
/// Registers (or updates) the Portal's public client <c>cloud-portal</c> at start-up: authorization code + PKCE and
/// refresh tokens, redirect URIs from <c>Identity:PortalRedirectUris</c> (and <c>Identity:PortalPostLogoutRedirectUris</c>).
/// The client always carries the password-grant permission: the server itself only offers that grant in Development
/// and Testing, so the permission is inert elsewhere, and environments sharing a database never flip it back and forth.
/// </summary>
public sealed class PortalClientRegistration(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public const string ClientId = "cloud-portal";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var descriptor = Describe();
        // Replicas (and parallel test hosts) start together: a lost race to create (the database's unique index, or OpenIddict's own
        // "client identifier already exists" check, whichever sees the winner first) is retried as an update.
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = services.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            try
            {
                if (await applications.FindByClientIdAsync(ClientId, cancellationToken) is { } existing)
                {
                    await KeepAddressesWhenNoneConfiguredAsync(applications, existing, descriptor, cancellationToken);
                    await applications.UpdateAsync(existing, descriptor, cancellationToken);
                }
                else
                {
                    await applications.CreateAsync(descriptor, cancellationToken);
                }

                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is DbUpdateException or OpenIddictExceptions.ConcurrencyException or OpenIddictExceptions.ValidationException)
            {
                await Task.Delay(100 * attempt, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// An Identity instance configured without the Portal's addresses (a replica or a host that serves no Portal) leaves the
    /// registered ones as they are rather than erasing them: only configured addresses replace registered ones.
    /// </summary>
    private static async Task KeepAddressesWhenNoneConfiguredAsync(
        IOpenIddictApplicationManager applications, object existing, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (descriptor.RedirectUris.Count == 0)
        {
            foreach (var uri in await applications.GetRedirectUrisAsync(existing, cancellationToken))
            {
                descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }
        }

        if (descriptor.PostLogoutRedirectUris.Count == 0)
        {
            foreach (var uri in await applications.GetPostLogoutRedirectUrisAsync(existing, cancellationToken))
            {
                descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }
        }
    }

    private OpenIddictApplicationDescriptor Describe()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "党建云门户",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.GrantTypes.Password,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in Uris("Identity:PortalRedirectUris"))
        {
            descriptor.RedirectUris.Add(uri);
        }

        foreach (var uri in Uris("Identity:PortalPostLogoutRedirectUris"))
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        return descriptor;
    }

    // Either an array (Identity__PortalRedirectUris__0=…) or one value separated by ';' or ','.
    private IEnumerable<Uri> Uris(string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return values.Distinct(StringComparer.Ordinal).Select(v => new Uri(v, UriKind.Absolute));
    }
}
