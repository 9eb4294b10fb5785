using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Organizations.Tests;

/// <summary>The tree endpoints of one county, for the Tree*, History* and Search* tests.</summary>
internal sealed class TreeTestClient(OrganizationsHost organizations, string county, Guid? scope = null) : IDisposable
{
    /// <summary>The day test trees are established, well before every effective date the tests use.</summary>
    public const string Established = "2024-01-01";

    private readonly HttpClient _client = Create(organizations, county, scope);

    public HttpClient Http => _client;

    public static DateOnly Today => CountyCalendar.Today(TimeProvider.System);

    public TreeTestClient Scoped(Guid scopeId) => new(organizations, county, scopeId);

    public async Task<Guid> RegisterAsync(string name, string type, Guid? parentId = null, string establishedOn = Established, string? kind = null, string? township = null, string? temporaryTaskEndsOn = null)
    {
        var response = await _client.PostAsJsonAsync("/api/organizations", new { name, type, parentId, establishedOn, kind, township, temporaryTaskEndsOn });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> PostAsync(Guid id, string action, object? body = null) =>
        _client.PostAsJsonAsync($"/api/organizations/{id}/{action}", body ?? new { });

    /// <summary>Posts a tree write that must succeed and returns its answer.</summary>
    public async Task<JsonElement> OkAsync(Guid id, string action, object? body = null)
    {
        var response = await PostAsync(id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} {id}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(Guid id) =>
        await _client.GetFromJsonAsync<JsonElement>($"/api/organizations/{id}");

    public async Task<JsonElement[]> TreeAsync(string? asOf = null, Guid? rootId = null)
    {
        var query = new List<string>();
        if (asOf is not null)
        {
            query.Add($"asOf={asOf}");
        }

        if (rootId is not null)
        {
            query.Add($"rootId={rootId}");
        }

        var response = await _client.GetAsync("/api/organizations/tree" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"tree {string.Join('&', query)}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public async Task<JsonElement[]> HistoryAsync(Guid id) =>
        await _client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{id}/history") ?? [];

    /// <summary>A comparable picture of a tree: id, parent, name, status and path of each node, in the answer's order.</summary>
    public static string[] Picture(IEnumerable<JsonElement> tree) =>
        [.. tree.Select(n => $"{n.GetProperty("id")}|{n.GetProperty("parentId")}|{n.GetProperty("name")}|{n.GetProperty("status")}|{n.GetProperty("path")}")];

    public static Guid[] Ids(IEnumerable<JsonElement> tree) => [.. tree.Select(n => n.GetProperty("id").GetGuid())];

    /// <summary>Rows of the county as the owner role sees them (bound by the same tenant policy).</summary>
    public Task<int> CountAsync(string tableAndFilter) => OrganizationsRows.CountAsync(county, tableAndFilter);

    /// <summary>How many events of <typeparamref name="TEvent"/> name <paramref name="id"/> in <paramref name="property"/>.</summary>
    public Task<int> EventsAsync<TEvent>(Guid id, string property = "OrganizationId") =>
        CountAsync($"outbox WHERE type = '{typeof(TEvent).FullName}' AND payload->>'{property}' = '{id}'");

    /// <summary>Runs SQL as the app role acting for the county, as another writer of the service would.</summary>
    public async Task<int> ExecuteAsAppAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "app"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection);
        command.Parameters.AddWithValue("county", county);
        await command.ExecuteNonQueryAsync();
        await using var write = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            write.Parameters.AddWithValue(name, value);
        }

        return await write.ExecuteNonQueryAsync();
    }

    public void Dispose() => _client.Dispose();

    private static HttpClient Create(OrganizationsHost organizations, string county, Guid? scope)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", scope is { } s ? TestTokens.Scoped(county, s) : TestTokens.CountyAdmin(county));
        return client;
    }
}
