using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cloud.DemoSeed;

/// <summary>Calls a county's business APIs through the gateway with the county administrator's token, as the portal would.</summary>
public sealed class CountyApi(HttpClient http, string gatewayOrigin, string token)
{
    /// <summary>Sends <paramref name="body"/> and returns the answer's JSON; anything but success stops the seed with what the service said.</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(gatewayOrigin + path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoSeedException($"demo seed: {method} {path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {answer}");
        }

        if (response.StatusCode == HttpStatusCode.NoContent || string.IsNullOrWhiteSpace(answer))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new DemoSeedException($"demo seed: {method} {path} answered with a body we cannot read: {answer}", e);
        }
    }

    /// <summary>Uploads <paramref name="file"/> as the form field <c>file</c> and returns the status and answer, whatever they are.</summary>
    public async Task<(HttpStatusCode Status, string Answer)> TryPostFileAsync(string path, byte[] file, string fileName, CancellationToken cancellationToken)
    {
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gatewayOrigin + path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<JsonElement> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, body, cancellationToken);

    /// <summary>The GUID at <paramref name="path"/> (property names, case-insensitive) of an answer.</summary>
    public static Guid IdAt(JsonElement answer, params string[] path)
    {
        var element = answer;
        foreach (var name in path)
        {
            element = element.ValueKind == JsonValueKind.Object
                ? element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value
                : default;
        }

        return element.ValueKind == JsonValueKind.String && element.TryGetGuid(out var id)
            ? id
            : throw new DemoSeedException($"demo seed: no id at {string.Join('.', path)} in {answer}");
    }
}
