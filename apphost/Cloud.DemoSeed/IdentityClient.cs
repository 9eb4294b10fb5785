using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cloud.DemoSeed;

/// <summary>Talks to Identity through the gateway as a script would: password grant (Development only) and the admin API.</summary>
public sealed class IdentityClient(HttpClient http, string gatewayOrigin)
{
    /// <summary>The Portal's public client; in Development it may also use the password grant.</summary>
    private const string ClientId = "cloud-portal";

    public async Task<string> TokenAsync(string username, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(gatewayOrigin + "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = ClientId,
            ["username"] = username,
            ["password"] = password,
            ["scope"] = "openid offline_access",
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoSeedException($"demo seed: token for {username} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>POSTs <paramref name="body"/>; a 409 (already there) counts as done, so the seed can run again.</summary>
    public async Task<JsonElement?> CreateAsync(string token, string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gatewayOrigin + path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new DemoSeedException($"demo seed: POST {path} answered {(int)response.StatusCode}: {answer}");
        }

        using var document = JsonDocument.Parse(answer);
        return document.RootElement.Clone();
    }
}
