using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Cloud.Portal.Api;

/// <summary>
/// An RFC 9457 problem+json answer as the Portal shows it: the Chinese <see cref="Title"/>, the detail, the field
/// errors (shown beside their fields), and the rule a refusal names.
/// </summary>
public sealed record ApiProblem(
    int Status,
    string Title,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? Rule = null,
    TimeSpan? RetryAfter = null)
{
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; } =
        new Dictionary<string, string[]>(Errors ?? new Dictionary<string, string[]>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The Portal's session ended (no token, or the gateway said 401): sign in again.</summary>
    public static ApiProblem SignedOut { get; } = new(401, "登录已失效，请重新登录");

    /// <summary>The gateway could not be reached at all.</summary>
    public static ApiProblem Unreachable { get; } = new(503, "服务暂不可用，请稍后重试");

    /// <summary>What to tell the user in one line: the title, the detail when there is one, and how long to wait after a 429.</summary>
    public string Message
    {
        get
        {
            var text = string.IsNullOrWhiteSpace(Detail) || Detail == Title ? Title : $"{Title}：{Detail}";
            return Status == (int)HttpStatusCode.TooManyRequests && RetryAfter is { } wait
                ? $"{text}（请约 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} 秒后再试）"
                : text;
        }
    }

    /// <summary>
    /// The messages for one field: its own key (any case), and keys that address it inside a request, such as
    /// <c>body.name</c> or <c>terms[0].startDate</c> for <c>startDate</c>.
    /// </summary>
    public IReadOnlyList<string> For(string field) =>
        [.. FieldErrors.Where(e => Names(e.Key, field)).SelectMany(e => e.Value)];

    /// <summary>The field errors no field on the form shows: they go into the message at the top of the form.</summary>
    public IReadOnlyList<string> NotShownBeside(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToList();
        return [.. FieldErrors.Where(e => !shown.Any(f => Names(e.Key, f))).SelectMany(e => e.Value)];
    }

    /// <summary>Reads a problem+json body; a body that is not one still gives the status's Chinese title.</summary>
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var retryAfter = response.Headers.RetryAfter?.Delta;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(body) && body.TrimStart().StartsWith('{'))
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                return new ApiProblem(
                    root.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : status,
                    Text(root, "title") ?? TitleFor(status),
                    Text(root, "detail"),
                    ReadErrors(root),
                    Text(root, "rule"),
                    retryAfter);
            }
        }
        catch (JsonException)
        {
            // Not problem+json (a proxy's HTML page, say): the status still says what happened.
        }

        return new ApiProblem(status, TitleFor(status), RetryAfter: retryAfter);
    }

    /// <summary>The Chinese title of a status, as the services give it (ProblemTitles), for answers that carry none.</summary>
    public static string TitleFor(int status) => Cloud.ServiceDefaults.Problems.ProblemTitles.For(status);

    private static bool Names(string key, string field)
    {
        if (key.Equals(field, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var last = key.LastIndexOfAny(['.', ']']);
        return last >= 0 && key[(last + 1)..].TrimStart('.').Equals(field, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string[]>? ReadErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return errors.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Array
                ? [.. p.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() ?? string.Empty : m.ToString())]
                : new[] { p.Value.ToString() });
    }
}
