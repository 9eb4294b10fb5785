using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Identity.Data;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>
/// The Identity service on a real socket against the test PostgreSQL and RabbitMQ, shared by a test class.
/// Its issuer is the test authority (<c>TestTokens.Identity.Authority</c>), so Identity's own tokens and the test
/// tokens carry the same issuer; the tests reach its endpoints at <see cref="ServiceHost{T}.Address"/>.
/// </summary>
public sealed class IdentityHost : IAsyncLifetime
{
    public const string PortalRedirectUri = "https://portal.cloud.test/signin-oidc";
    public const string AdminLogin = "admin";
    public const string AdminPassword = "county-admin-secret";
    public const string PlatformPassword = "platform-bootstrap-secret";

    public ServiceHost<IdentityEntryPoint> Host { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(string environment = "Testing") => new()
    {
        ["Identity:PortalRedirectUris"] = PortalRedirectUri,
        ["Identity:PortalPostLogoutRedirectUris"] = "https://portal.cloud.test/",
        ["Identity:BootstrapAdminPassword"] = PlatformPassword,
        ["environment"] = environment,
    };

    private TestBus<OrganizationRegistered> _organizationEvents = null!;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<IdentityDbContext>(IdentityDbContext.DatabaseName);
        Host = new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, Settings()).Start();
        _organizationEvents = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
    }

    public async Task DisposeAsync()
    {
        await _organizationEvents.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>An organization of <paramref name="county"/>'s tree as Identity learns it from the Organizations events (an OrgAdmin's scope).</summary>
    public async Task<TreeNode> NewOrganizationAsync(string county, TreeNode? parent = null)
    {
        var tree = new OrganizationTreeEvents(_organizationEvents, county);
        var node = await tree.RegisterAsync($"测试组织{Guid.NewGuid():N}"[..12], parent is null ? "PrimaryCommittee" : "Branch", parent);
        await tree.WaitUntilKnownAsync(Host.Services, node);
        return node;
    }

    /// <summary>A client without cookies or redirects, as an API caller.</summary>
    public HttpClient Client(string? bearer = null)
    {
        var client = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = Host.Address, AllowAutoRedirect = false, HandleCookies = false });
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public HttpClient Platform() => Client(TestTokens.For(null, CloudRoles.PlatformAdmin));

    /// <summary>Onboards a new county with its admin <c>admin</c>; returns the county code.</summary>
    public async Task<string> NewCountyAsync(string? name = null)
    {
        var county = Counties.New();
        using var platform = Platform();
        var created = await platform.PostAsJsonAsync("/api/identity/counties", new { code = county, name = name ?? $"测试县{county}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var admin = await platform.PostAsJsonAsync($"/api/identity/counties/{county}/admins",
            new { login = AdminLogin, displayName = "县管理员", password = AdminPassword });
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
        return county;
    }

    /// <summary>Creates a user in the county through the admin API (as a test-signed CountyAdmin); returns the user's id.</summary>
    public async Task<Guid> NewUserAsync(string county, string login, string password, string[] roles, Guid? orgScope = null, string? city = null)
    {
        using var admin = Client(TestTokens.CountyAdmin(county));
        var response = await admin.PostAsJsonAsync("/api/identity/users", new { login, displayName = $"用户{login}", password, roles, orgScope, city });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Client();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "cloud-portal",
            ["refresh_token"] = refreshToken,
        }));
    }

    /// <summary>The password grant, as the Portal client would use it in Development and Testing.</summary>
    public async Task<HttpResponseMessage> PasswordGrantAsync(string username, string password, string scope = "openid offline_access")
    {
        using var client = Client();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "cloud-portal",
            ["username"] = username,
            ["password"] = password,
            ["scope"] = scope,
        }));
    }

    public async Task<TokenResponse> TokenAsync(string username, string password, string scope = "openid offline_access")
    {
        using var response = await PasswordGrantAsync(username, password, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return TokenResponse.Parse(body);
    }
}

public sealed record TokenResponse(string AccessToken, string? RefreshToken, int ExpiresIn, JsonElement Json)
{
    public static TokenResponse Parse(string body)
    {
        var json = JsonDocument.Parse(body).RootElement.Clone();
        return new TokenResponse(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.GetProperty("expires_in").GetInt32(),
            json);
    }
}
