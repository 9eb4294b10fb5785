using System.Text.Json;

namespace Cloud.SystemTests;

/// <summary>A token from Identity's password grant (Development and Testing only) through the gateway, as scripts get one.</summary>
public static class PasswordGrant
{
    public static async Task<string> TokenAsync(HttpClient gateway, string username, string password)
    {
        var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "cloud-portal",
            ["username"] = username,
            ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token for {username}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
