using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Members.Api;
using Cloud.Members.Domain.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

/// <summary>A test county for searches: a committee with two townships (千河镇: two branches; 阳平镇: one) and 24 members.</summary>
public sealed class SearchCounty : IAsyncDisposable
{
    private static readonly string[] Names = ["王伟", "李娜", "张敏", "刘洋", "王伟", "陈静", "杨磊", "赵丽", "黄勇", "周杰", "吴霞", "徐明"];
    private readonly TestBus<OrganizationRegistered> _bus;

    private SearchCounty(TestBus<OrganizationRegistered> bus) => _bus = bus;

    public string County { get; } = Counties.New();

    public static DateOnly Today => Cloud.Contracts.CountyCalendar.Today(TimeProvider.System);

    public TreeNode Committee { get; private set; } = null!;

    public TreeNode Qianhe { get; private set; } = null!;

    public TreeNode Yangping { get; private set; } = null!;

    public IReadOnlyList<TreeNode> Branches { get; private set; } = [];

    public List<(Guid Id, MemberRequest Request)> Members { get; } = [];

    public static async Task<SearchCounty> StartAsync(MembersHost members)
    {
        var county = new SearchCounty(await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl));
        var tree = new OrganizationTreeEvents(county._bus, county.County);
        county.Committee = await tree.RegisterAsync("中共测试县委员会", "CountyCommittee");
        county.Qianhe = await tree.RegisterAsync("中共测试县千河镇委员会", "PrimaryCommittee", county.Committee);
        county.Yangping = await tree.RegisterAsync("中共测试县阳平镇委员会", "PrimaryCommittee", county.Committee);
        county.Branches =
        [
            await tree.RegisterAsync("东坡村党支部", "Branch", county.Qianhe),
            await tree.RegisterAsync("西坡村党支部", "Branch", county.Qianhe),
            await tree.RegisterAsync("阳平村党支部", "Branch", county.Yangping),
        ];
        await tree.WaitUntilKnownAsync(members.Services, [county.Committee, county.Qianhe, county.Yangping, .. county.Branches]);
        var client = members.ClientFor(TestTokens.CountyAdmin(county.County));
        for (var i = 0; i < 24; i++)
        {
            var request = Person(i, county.Branches[i % 3].Id);
            var response = await client.PostAsJsonAsync("/api/members", request);
            response.EnsureSuccessStatusCode();
            county.Members.Add(((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), request));
        }

        return county;
    }

    /// <summary>Ages straddle the bands by one day: 34 (a day short of 35), 35 today, 59 (a day short of 60), 60 today.</summary>
    public static DateOnly BornFor(int i) => (i % 8) switch
    {
        0 => Today.AddYears(-25),
        1 => Today.AddYears(-35).AddDays(1),
        2 => Today.AddYears(-35),
        3 => Today.AddYears(-45).AddDays(-40),
        4 => Today.AddYears(-60).AddDays(1),
        5 => Today.AddYears(-60),
        6 => Today.AddYears(-72).AddDays(-100),
        _ => Today.AddYears(-30).AddDays(-7),
    };

    private static MemberRequest Person(int i, Guid branch)
    {
        var born = BornFor(i);
        var gender = i % 3 == 0 ? Gender.Female : Gender.Male;
        var probationary = i % 7 == 0;
        var admitted = probationary ? Today.AddMonths(-3) : born.AddYears(20);
        var occupation = Age.Years(born, Today) >= 60 ? OccupationCategory.Retired : (OccupationCategory)(i % 5);
        return new MemberRequest(
            Names[i % Names.Length], TestNationalIds.For(born, gender), gender.ToString(), (i % 4) switch { 1 => "回族", 3 => "满族", _ => "汉族" }, born,
            ((EducationLevel)(i % 6)).ToString(), occupation.ToString(),
            (Age.Years(born, Today) >= 60 ? EmploymentStatus.Retired : EmploymentStatus.Active).ToString(),
            (probationary ? MembershipStatus.Probationary : MembershipStatus.Full).ToString(),
            admitted, admitted, probationary ? null : admitted.AddYears(1), branch, Phone: "13800000000", Address: "千河镇东坡村三组");
    }

    public async ValueTask DisposeAsync() => await _bus.DisposeAsync();
}
