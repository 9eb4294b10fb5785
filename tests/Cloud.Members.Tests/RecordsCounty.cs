using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Members.Api;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Members.Tests;

/// <summary>A new county with one branch (and a second one) known to the service, and the people who work on its records.</summary>
public sealed class RecordsCounty : IAsyncDisposable
{
    public static readonly DateOnly Born = new(1985, 3, 9);

    private readonly MembersHost _members;
    private readonly TestBus<OrganizationRegistered> _organizations;

    private RecordsCounty(MembersHost members, TestBus<OrganizationRegistered> organizations, string county, TreeNode branch, TreeNode otherBranch)
    {
        _members = members;
        _organizations = organizations;
        County = county;
        Branch = branch;
        OtherBranch = otherBranch;
    }

    public string County { get; }

    public TreeNode Branch { get; }

    public TreeNode OtherBranch { get; }

    public static DateOnly Today => Cloud.Contracts.CountyCalendar.Today(TimeProvider.System);

    /// <summary>A date as the API writes it.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<RecordsCounty> CreateAsync(MembersHost members)
    {
        var county = Counties.New();
        var organizations = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var tree = new OrganizationTreeEvents(organizations, county);
        var branch = await tree.RegisterAsync("城关镇南街社区党支部", "Branch");
        var other = await tree.RegisterAsync("城关镇北街社区党支部", "Branch");
        await tree.WaitUntilKnownAsync(members.Services, branch, other);
        return new RecordsCounty(members, organizations, county, branch, other);
    }

    public HttpClient Admin() => _members.ClientFor(TestTokens.CountyAdmin(County));

    public HttpClient As(string role) => _members.ClientFor(TestTokens.For(County, role));

    /// <summary>A branch secretary of <see cref="Branch"/> (or of <paramref name="branch"/>) known by subject and name.</summary>
    public HttpClient Secretary(string subject, TreeNode? branch = null, string name = "王书记") =>
        _members.ClientFor(DevelopmentTokens.Create(TestTokens.Identity, subject, County, [CloudRoles.BranchSecretary],
            extraClaims: [new Claim(CloudClaims.OrgScope, (branch ?? Branch).Id.ToString()), new Claim(CloudClaims.Name, name)]));

    /// <summary>The member themself, signed in with a Member token linked to their record.</summary>
    public HttpClient Member(Guid memberId) =>
        _members.ClientFor(DevelopmentTokens.Create(TestTokens.Identity, $"member-{memberId:N}", County, [CloudRoles.Member],
            extraClaims: [new Claim(CloudClaims.MemberId, memberId.ToString())]));

    public MemberRequest Request(string? nationalId = null, string status = "Full", DateOnly? admittedOn = null, Guid? organizationId = null)
    {
        var admitted = admittedOn ?? new DateOnly(2010, 6, 30);
        var full = status == "Full";
        return new MemberRequest("张建国", nationalId ?? TestNationalIds.For(Born, Gender.Male), "Male", "汉族", Born, "College", "Worker", "Active", status,
            admitted, admitted, full ? admitted.AddYears(1) : null, organizationId ?? Branch.Id, Phone: "13700001111", Address: "城关镇南街12号");
    }

    public async Task<Guid> RegisterAsync(MemberRequest? request = null)
    {
        using var admin = Admin();
        var created = await admin.PostAsJsonAsync("/api/members", request ?? Request());
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public async ValueTask DisposeAsync() => await _organizations.DisposeAsync();
}
