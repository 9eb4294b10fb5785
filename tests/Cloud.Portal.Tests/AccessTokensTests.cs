using System.Net;
using System.Security.Claims;
using System.Text;
using Cloud.Portal.Auth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cloud.Portal.Tests;

public sealed class AccessTokensTests : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly TokenEndpoint _identity = new();
    private readonly PortalSessions _sessions;
    private readonly AccessTokens _tokens;

    public AccessTokensTests()
    {
        _sessions = new PortalSessions(_cache);
        var options = new OpenIdConnectOptions
        {
            ClientId = "cloud-portal",
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration { TokenEndpoint = "http://gateway/connect/token" }),
        };
        _tokens = new AccessTokens(_sessions, new FixedOptions(options), new Clients(_identity), _clock, NullLogger<AccessTokens>.Instance);
    }

    [Fact]
    public async Task A_token_with_time_left_is_used_as_it_is()
    {
        var user = SignedIn(expiresIn: TimeSpan.FromMinutes(10));

        Assert.Equal("access-1", await _tokens.ForAsync(user, CancellationToken.None));
        Assert.Equal(0, _identity.Calls);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_refreshed_once_however_many_ask_at_the_same_time()
    {
        var user = SignedIn(expiresIn: TimeSpan.FromSeconds(30));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _tokens.ForAsync(user, CancellationToken.None)));

        Assert.All(tokens, t => Assert.Equal("access-2", t));
        Assert.Equal(1, _identity.Calls);
        Assert.Contains("grant_type=refresh_token", _identity.LastBody, StringComparison.Ordinal);
        Assert.Contains("refresh_token=refresh-1", _identity.LastBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_refresh_ends_the_session()
    {
        var user = SignedIn(expiresIn: TimeSpan.FromSeconds(30));
        _identity.Refuse = true;

        Assert.Null(await _tokens.ForAsync(user, CancellationToken.None));
        Assert.Null(_sessions.Find(user.FindFirst(PortalSessions.Claim)!.Value));
    }

    [Fact]
    public async Task Without_a_session_there_is_no_token()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalSessions.Claim, "gone")], "test"));

        Assert.Null(await _tokens.ForAsync(user, CancellationToken.None));
    }

    public void Dispose()
    {
        _cache.Dispose();
        _identity.Dispose();
    }

    private ClaimsPrincipal SignedIn(TimeSpan expiresIn)
    {
        var session = _sessions.Start(new SessionTokens("access-1", _clock.GetUtcNow() + expiresIn, "refresh-1", "id-1"));
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalSessions.Claim, session.Id)], "test"));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FixedOptions(OpenIdConnectOptions options) : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue => options;

        public OpenIdConnectOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    /// <summary>Identity's token endpoint: a new access token per refresh (after a pause, so callers overlap), or a refusal.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        public bool Refuse { get; set; }

        public string LastBody { get; private set; } = string.Empty;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            await Task.Delay(50, cancellationToken);
            return Refuse
                ? new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("""{"error":"invalid_grant"}""") }
                : new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent($$"""{"access_token":"access-{{call + 1}}","expires_in":900,"refresh_token":"refresh-{{call + 1}}"}""", Encoding.UTF8, "application/json"),
                };
        }
    }
}
