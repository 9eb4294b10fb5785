using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.SystemTests.Browser;

/// <summary>
/// A county for one journey: onboarded by the platform operator through Identity's API, with its administrator, and an
/// API client signed in as that administrator for setting up what the journey starts from.
/// </summary>
public sealed class TestCounty : IDisposable
{
    public const string AdminLogin = "admin";
    public const string Password = "portal-journey-secret";

    private TestCounty(string code, HttpClient api)
    {
        Code = code;
        Api = api;
    }

    public string Code { get; }

    /// <summary>The gateway, with the county administrator's token.</summary>
    public HttpClient Api { get; }

    public static async Task<TestCounty> OnboardAsync(Uri gateway, string name)
    {
        var code = Counties.New();
        using var platform = await ClientAsync(gateway, "platform", PortalPlatform.PlatformPassword);
        (await platform.PostAsJsonAsync("/api/identity/counties", new { code, name })).EnsureSuccessStatusCode();
        (await platform.PostAsJsonAsync($"/api/identity/counties/{code}/admins", new { login = AdminLogin, displayName = name + "组织部管理员", password = Password }))
            .EnsureSuccessStatusCode();
        return new TestCounty(code, await ClientAsync(gateway, $"{AdminLogin}@{code}", Password));
    }

    /// <summary>Creates a user of this county with the given roles (and scope or own member record); all share <see cref="Password"/>.</summary>
    public async Task CreateUserAsync(string login, string displayName, string[] roles, Guid? orgScope = null, Guid? memberId = null, string? city = null)
    {
        var response = await Api.PostAsJsonAsync("/api/identity/users", new { login, displayName, password = Password, roles, orgScope, memberId, city });
        Assert.True(response.IsSuccessStatusCode, $"creating {login}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>POSTs as the county administrator and returns the JSON answer (asserting success).</summary>
    public async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await Api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Api.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => Api.Dispose();

    private static async Task<HttpClient> ClientAsync(Uri gateway, string username, string password)
    {
        var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await PasswordGrant.TokenAsync(client, username, password));
        return client;
    }
}
