using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cloud.Portal.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace Cloud.Portal.Api;

/// <summary>
/// The Portal's one way to the APIs: through the gateway (<c>services__gateway__http__0</c>) with the signed-in user's
/// access token, so the services apply their own rules to the person, never to the Portal. Every refusal comes back as an
/// <see cref="ApiProblem"/>; nothing is retried (a repeated POST could write twice, and a 429 asks the user to wait).
/// </summary>
public sealed class GatewayApi(HttpClient http, AuthenticationStateProvider authentication, AccessTokens tokens)
{
    public const string ClientName = "gateway";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) }, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    /// <summary>Uploads one file as multipart/form-data field <c>file</c> (the import endpoints' shape).</summary>
    public Task<ApiResult<T>> UploadAsync<T>(string path, Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = form }, cancellationToken);
    }

    /// <summary>A file the API answers with (an Excel export), with the name its Content-Disposition gives.</summary>
    public async Task<ApiResult<ApiFile>> DownloadAsync(string path, string fallbackName, CancellationToken cancellationToken = default)
    {
        var sent = await TrySendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        if (sent.Problem is not null)
        {
            return ApiResult.Failed<ApiFile>(sent.Problem);
        }

        using var response = sent.Response!;
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackName;
        return ApiResult.Ok<ApiFile>(new ApiFile(
            await response.Content.ReadAsByteArrayAsync(cancellationToken),
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            name));
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = await TrySendAsync(request, cancellationToken);
        if (sent.Problem is not null)
        {
            return ApiResult.Failed<T>(sent.Problem);
        }

        using var response = sent.Response!;
        if (typeof(T) == typeof(NoContent) || response.StatusCode == HttpStatusCode.NoContent)
        {
            return ApiResult.Ok<T>((T)(object)new NoContent());
        }

        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        return value is null ? ApiResult.Failed<T>(new ApiProblem(502, ApiProblem.TitleFor(502))) : ApiResult.Ok<T>(value);
    }

    private async Task<(HttpResponseMessage? Response, ApiProblem? Problem)> TrySendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            var token = await tokens.ForAsync(user, cancellationToken);
            if (token is null)
            {
                return (null, ApiProblem.SignedOut);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                return (null, ApiProblem.Unreachable);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, new ApiProblem(504, ApiProblem.TitleFor(504)));
            }

            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }

            using (response)
            {
                return (null, await ApiProblem.ReadAsync(response, cancellationToken));
            }
        }
    }
}
