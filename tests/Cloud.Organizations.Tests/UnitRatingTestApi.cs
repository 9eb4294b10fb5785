using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>Arrange steps shared by the unit, membership-count, rating and honor tests, over the HTTP API.</summary>
internal static class UnitRatingTestApi
{
    public static int ThisYear => CountyCalendar.Today(TimeProvider.System).Year;

    public static DateOnly Today => CountyCalendar.Today(TimeProvider.System);

    public static HttpClient ScopedClient(this OrganizationsHost organizations, string county, Guid scope)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Scoped(county, scope));
        return client;
    }

    public static async Task<Guid> RegisterOrganizationAsync(this HttpClient client, string name, string type = "Branch", Guid? parentId = null, string? kind = null, string? domain = null)
    {
        var response = await client.PostAsJsonAsync("/api/organizations", new { name, type, parentId, kind, domain });
        return await IdOfAsync(response, HttpStatusCode.Created);
    }

    public static Task<Guid> RegisterVillageAsync(this HttpClient client, string name, Guid? parentId = null) =>
        client.RegisterOrganizationAsync(name, "Branch", parentId, domain: "Village");

    public static async Task<Guid> RegisterUnitAsync(this HttpClient client, string name, string category = "PrivateEnterprise", string? township = null)
    {
        var response = await client.PostAsJsonAsync("/api/organizations/units", new { name, category, township });
        return await IdOfAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await response.OkJsonAsync(status)).GetProperty("id").GetGuid();

    public static Guid[] Ids(this JsonElement array, string property = "id") =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetGuid())];

    /// <summary>Dissolves an organization directly (there is no endpoint for it on this branch).</summary>
    public static async Task DissolveAsync(this OrganizationsHost organizations, string county, Guid id)
    {
        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(county);
        (await db.Organizations.SingleAsync(o => o.Id == id)).Dissolve();
        await db.SaveChangesAsync();
    }

    /// <summary>A county's rows of a table (owner role, bound by row-level security like the service).</summary>
    public static Task<int> RowsAsync(string county, string tableAndFilter) => OrganizationsRows.CountAsync(county, tableAndFilter);
}
