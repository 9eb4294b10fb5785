using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>Registers organizations and records elections and posts over HTTP for the leadership tests of one county.</summary>
internal sealed class LeadershipTestClient(OrganizationsHost organizations, string county)
{
    public HttpClient Http { get; } = organizations.ClientFor(county);

    public string County => county;

    /// <summary>Today in the county (China Standard Time), as the service sees it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<Guid> RegisterAsync(string name, string type, Guid? parentId = null, string? domain = null)
    {
        var response = await Http.PostAsJsonAsync("/api/organizations", new { name, type, parentId, domain });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A valid member-assembly election: 20 expected, all present, every result with 15 votes, 20% more candidates.</summary>
    public static object Election(DateOnly electedOn, params (Guid MemberId, string Role)[] results) => new
    {
        electedOn = Date(electedOn),
        method = "MemberAssembly",
        nominationMethod = "OpenNominationDirectElection",
        eligibleVoters = 20,
        votersPresent = 20,
        seatsToElect = Math.Max(1, results.Length),
        candidates = (int)Math.Ceiling(Math.Max(1, results.Length) * 1.2),
        results = results.Select(r => new { memberId = r.MemberId, votes = 15, role = r.Role }).ToArray(),
    };

    public Task<HttpResponseMessage> PostElectionAsync(Guid organization, object body) =>
        Http.PostAsJsonAsync($"/api/organizations/{organization}/terms", body);

    /// <summary>Records an election that must succeed; returns the response (term, positions, warnings).</summary>
    public async Task<JsonElement> ElectAsync(Guid organization, DateOnly electedOn, params (Guid MemberId, string Role)[] results) =>
        await CreatedAsync(await PostElectionAsync(organization, Election(electedOn, results)));

    public Task<HttpResponseMessage> PostPositionAsync(Guid organization, object body) =>
        Http.PostAsJsonAsync($"/api/organizations/{organization}/positions", body);

    public async Task<JsonElement> AssignAsync(Guid organization, Guid member, string role, DateOnly startedOn, string source = "ByElection") =>
        await CreatedAsync(await PostPositionAsync(organization, new { memberId = member, role, source, startedOn = Date(startedOn) }));

    public Task<HttpResponseMessage> EndAsync(Guid organization, Guid position, DateOnly endedOn, string reason = "Resigned") =>
        Http.PostAsJsonAsync($"/api/organizations/{organization}/positions/{position}/end", new { endedOn = Date(endedOn), reason });

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<JsonElement> LeadershipAsync(Guid organization) => GetAsync($"/api/organizations/{organization}/leadership");

    /// <summary>Rows of a leadership table (or the outbox) of this county, counted as the owner role.</summary>
    public Task<int> CountAsync(string tableAndFilter) => OrganizationsRows.CountAsync(county, tableAndFilter);

    /// <summary>Moves an organization's registration back in time, as if it had been registered <paramref name="days"/> days ago.</summary>
    public async Task BackdateRegistrationAsync(Guid organization, int days)
    {
        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(county);
        await db.Database.ExecuteSqlAsync($"UPDATE organizations SET registered_at = registered_at - make_interval(days => {days}) WHERE id = {organization}");
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
