using System.Text.Json;

namespace Cloud.AppHost.Tests;

/// <summary>One span as the Aspire dashboard's telemetry API returns it (OTLP JSON), reduced to what the tests read.</summary>
public sealed record DashboardSpan(string Service, string Scope, string Name, string TraceId, string? County);

/// <summary>
/// The dashboard's HTTP telemetry API (<c>/api/telemetry</c>, key in <c>x-api-key</c>): what the ops team sees in the
/// trace view, read the way the view filters it (<c>@cloud.tenant_id:610304</c>).
/// </summary>
public sealed class DashboardTelemetry(HttpClient http, string url, string loginUrl)
{
    public string Url => url;

    public string LoginUrl => loginUrl;

    /// <summary>The AppHost writes the dashboard's address, login link and API key for this run into the data folder.</summary>
    public static DashboardTelemetry From(string envFile)
    {
        var values = File.ReadAllLines(envFile).Where(l => l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        // The county search clones and serializes every matching trace, the demo import's included (its thousands of events,
        // each consumed by Organizations, Members and Reporting, join the import's trace): on two busy cores that took over
        // the default 100 s once Reporting consumed every member event.
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(values["DASHBOARD_URL"] + "/"), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("x-api-key", values["DASHBOARD_API_KEY"]);
        return new DashboardTelemetry(http, values["DASHBOARD_URL"], values["DASHBOARD_LOGIN_URL"]);
    }

    /// <summary>The trace's spans so far; none while the dashboard has not received any (it answers 404 then).</summary>
    public async Task<IReadOnlyList<DashboardSpan>> TraceAsync(string traceId) =>
        Spans(await GetAsync($"api/telemetry/traces/{traceId}", notFoundIsEmpty: true));

    /// <summary>
    /// The trace ids of the county's requests (traces through the gateway) the dashboard finds with its filter
    /// <c>@cloud.tenant_id:&lt;code&gt;</c>. The gateway narrows the search first: the county's events consumed by the services
    /// are thousands of traces of their own, and the dashboard clones every matching trace before it applies the limit.
    /// </summary>
    public async Task<IReadOnlySet<string>> TraceIdsOfCountyAsync(string county) =>
        Spans(await GetAsync($"api/telemetry/traces?resource=gateway&limit=1000&search={Uri.EscapeDataString($"@cloud.tenant_id:{county}")}"))
            .Select(s => s.TraceId).ToHashSet();

    private async Task<JsonElement> GetAsync(string path, bool notFoundIsEmpty = false)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (notFoundIsEmpty && response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return default;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"dashboard {path} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static List<DashboardSpan> Spans(JsonElement answer)
    {
        var spans = new List<DashboardSpan>();
        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("data", out var data) || !data.TryGetProperty("resourceSpans", out var resources))
        {
            return spans;
        }

        foreach (var resource in resources.EnumerateArray())
        {
            var service = resource.TryGetProperty("resource", out var r) ? Attribute(r, "service.name") ?? "?" : "?";
            foreach (var scope in resource.GetProperty("scopeSpans").EnumerateArray())
            {
                var scopeName = scope.GetProperty("scope").GetProperty("name").GetString() ?? "?";
                spans.AddRange(scope.GetProperty("spans").EnumerateArray().Select(span => new DashboardSpan(
                    service, scopeName, span.GetProperty("name").GetString() ?? "?", span.GetProperty("traceId").GetString() ?? "?", Attribute(span, "cloud.tenant_id"))));
            }
        }

        return spans;
    }

    private static string? Attribute(JsonElement owner, string key) =>
        owner.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().Where(a => a.GetProperty("key").GetString() == key)
                .Select(a => a.GetProperty("value").TryGetProperty("stringValue", out var v) ? v.GetString() : null).FirstOrDefault()
            : null;
}
