using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Members.Api;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Members.Tests.Transfers;

/// <summary>
/// Three new counties for one test: A (where the member starts, with two branches), B (receiving, one branch) and C
/// (a bystander that must see nothing), each with its tree copy in the Members service, and helpers to drive a transfer.
/// </summary>
public sealed class TransferCounties(MembersHost members) : IAsyncDisposable
{
    public static readonly DateOnly Born = new(1990, 3, 8);

    private TestBus<OrganizationRegistered> _tree = null!;

    public string A { get; } = Counties.New();

    public string B { get; } = Counties.New();

    public string C { get; } = Counties.New();

    public TreeNode BranchA { get; private set; } = null!;

    public TreeNode OtherBranchA { get; private set; } = null!;

    public TreeNode BranchB { get; private set; } = null!;

    public HttpClient AdminA => members.ClientFor(TestTokens.CountyAdmin(A));

    public HttpClient AdminB => members.ClientFor(TestTokens.CountyAdmin(B));

    public HttpClient AdminC => members.ClientFor(TestTokens.CountyAdmin(C));

    public static async Task<TransferCounties> StartAsync(MembersHost members)
    {
        var counties = new TransferCounties(members);
        counties._tree = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var treeA = new OrganizationTreeEvents(counties._tree, counties.A);
        var treeB = new OrganizationTreeEvents(counties._tree, counties.B);
        counties.BranchA = await treeA.RegisterAsync("千河镇东坡村党支部", "Branch");
        counties.OtherBranchA = await treeA.RegisterAsync("千河镇西坡村党支部", "Branch");
        counties.BranchB = await treeB.RegisterAsync("永兴县城关社区党支部", "Branch");
        var branchC = await new OrganizationTreeEvents(counties._tree, counties.C).RegisterAsync("丙县某村党支部", "Branch");
        await treeA.WaitUntilKnownAsync(members.Services, counties.BranchA, counties.OtherBranchA);
        await treeB.WaitUntilKnownAsync(members.Services, counties.BranchB);
        await new OrganizationTreeEvents(counties._tree, counties.C).WaitUntilKnownAsync(members.Services, branchC);
        return counties;
    }

    public OrganizationTreeEvents TreeOf(string county) => new(_tree, county);

    public static MemberRequest Request(Guid organizationId, string nationalId, string name = "王建华") => new(
        name, nationalId, "Male", "汉族", Born, "Undergraduate", "Worker", "Active", "Full",
        new DateOnly(2015, 7, 1), new DateOnly(2015, 7, 1), new DateOnly(2016, 7, 1), organizationId, Phone: "13912345678", Address: "千河镇东坡村3组");

    /// <summary>Registers a member in <paramref name="organizationId"/> of county A; returns its id and national ID.</summary>
    public async Task<(Guid Id, string NationalId)> RegisterInAAsync(Guid? organizationId = null, string name = "王建华")
    {
        var nationalId = TestNationalIds.For(Born, Gender.Male);
        var response = await AdminA.PostAsJsonAsync("/api/members", Request(organizationId ?? BranchA.Id, nationalId, name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), nationalId);
    }

    public async Task<JsonElement> IssueToBAsync(Guid memberId, DateOnly? issuedOn = null)
    {
        var response = await AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out",
            new TransferLetterRequest(B, "永兴县城关社区党支部", "ResidenceChange", $"陈组转字〔2026〕{Random.Shared.Next(1000, 9999)}号", issuedOn ?? Today));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static DateOnly Today => Cloud.Contracts.CountyCalendar.Today(TimeProvider.System);

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).EnumerateArray().ToList();

    /// <summary>Waits until county <paramref name="county"/>'s list at <paramref name="path"/> has transfer <paramref name="id"/> with <paramref name="status"/>.</summary>
    public static Task<JsonElement> WaitForAsync(HttpClient client, string path, Guid id, string status) =>
        Eventually.WaitAsync(
            async () => (await ListAsync(client, path)).FirstOrDefault(t => t.GetProperty("id").GetGuid() == id),
            t => t.ValueKind == JsonValueKind.Object && t.GetProperty("status").GetString() == status,
            TimeSpan.FromSeconds(20), $"transfer {id} reaches {status} at {path}");

    /// <summary>A unit of work of the Members service under <paramref name="county"/>, as the database sees that county.</summary>
    public async Task<T> QueryAsAsync<T>(string county, Func<MembersDbContext, Task<T>> query)
    {
        using var scope = members.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set(county);
        return await query(db);
    }

    public async ValueTask DisposeAsync() => await _tree.DisposeAsync();
}
