using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Contracts.Organizations;
using Cloud.Members.Api;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Members.Tests;

public sealed class MemberRegistrationTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly DateOnly Born = new(1988, 5, 17);
    private readonly string _county = Counties.New();
    private TestBus<OrganizationRegistered> _organizations = null!;
    private TreeNode _branch = null!;

    public async Task InitializeAsync()
    {
        _organizations = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var tree = new OrganizationTreeEvents(_organizations, _county);
        _branch = await tree.RegisterAsync("千河镇东坡村党支部", "Branch");
        await tree.WaitUntilKnownAsync(members.Services, _branch);
    }

    public async Task DisposeAsync() => await _organizations.DisposeAsync();

    [Fact]
    public async Task Registered_member_shows_a_masked_national_id_to_a_secretary_and_the_whole_one_to_the_county()
    {
        var nationalId = TestNationalIds.For(Born, Gender.Female);
        await using var events = await TestBus<MemberRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        var created = await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsJsonAsync("/api/members", Request(nationalId));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bySecretary = await members.ClientFor(TestTokens.Scoped(_county, _branch.Id, CloudRoles.BranchSecretary)).GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        var byCounty = await members.ClientFor(TestTokens.CountyAdmin(_county)).GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        var registered = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count > 0, TimeSpan.FromSeconds(15), "the registration is published");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{nationalId[..4]}**********{nationalId[^4..]}", bySecretary.GetProperty("nationalId").GetString());
        Assert.True(bySecretary.GetProperty("nationalIdMasked").GetBoolean());
        Assert.Equal(nationalId, byCounty.GetProperty("nationalId").GetString());
        Assert.Equal("千河镇东坡村党支部", byCounty.GetProperty("organizationName").GetString());
        var facts = Assert.Single(registered).Message.Facts;
        Assert.Equal((_branch.Id, "Female", 1988, true, "CollegeOrAbove"), (facts.OrganizationId, facts.Gender, facts.BirthYear, facts.IsMinority, facts.EducationBand));
        var published = JsonSerializer.Serialize(registered[0].Message);
        Assert.DoesNotContain(nationalId, published);
        Assert.DoesNotContain("李秀英", published);
    }

    [Theory]
    [InlineData("bad-check-digit", "nationalId", "校验位")]
    [InlineData("fifteen-digits", "nationalId", "15位")]
    [InlineData("birth-date-mismatch", "birthDate", "出生日期与身份证号码不一致")]
    public async Task Bad_national_id_is_refused_with_a_field_error(string @case, string field, string message)
    {
        var valid = TestNationalIds.For(Born, Gender.Female);
        var request = @case switch
        {
            "bad-check-digit" => Request(TestNationalIds.WithBadCheckDigit(valid)),
            "fifteen-digits" => Request("610304880517002"),
            _ => Request(valid) with { BirthDate = Born.AddDays(1) },
        };

        var response = await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsJsonAsync("/api/members", request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError(field);
        Assert.Contains(problem.GetProperty("errors").GetProperty(field).EnumerateArray(), e => e.GetString()!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_person_cannot_be_registered_twice_in_a_county()
    {
        var client = members.ClientFor(TestTokens.CountyAdmin(_county));
        var nationalId = TestNationalIds.For(Born, Gender.Female);

        var first = await client.PostAsJsonAsync("/api/members", Request(nationalId));
        var second = await client.PostAsJsonAsync("/api/members", Request(nationalId.ToLowerInvariant()) with { Name = "李秀英" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task A_secretary_registers_only_into_their_own_branch_and_a_member_reads_nothing_of_others()
    {
        var other = await new OrganizationTreeEvents(_organizations, _county).RegisterAsync("千河镇西坡村党支部", "Branch");
        await new OrganizationTreeEvents(_organizations, _county).WaitUntilKnownAsync(members.Services, other);
        var secretary = members.ClientFor(TestTokens.Scoped(_county, _branch.Id, CloudRoles.BranchSecretary));

        var elsewhere = await secretary.PostAsJsonAsync("/api/members", Request(TestNationalIds.For(Born, Gender.Female)) with { OrganizationId = other.Id });
        var created = await (await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsJsonAsync("/api/members", Request(TestNationalIds.For(Born, Gender.Female)) with { OrganizationId = other.Id }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var read = await secretary.GetAsync($"/api/members/{created.GetProperty("id").GetGuid()}");
        var byMember = await members.ClientFor(TestTokens.For(_county, CloudRoles.Member)).GetAsync($"/api/members/{created.GetProperty("id").GetGuid()}");

        (await elsewhere.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
    }

    [Fact]
    public async Task Each_registration_publishes_the_whole_count_of_the_branch_and_the_work_unit()
    {
        var client = members.ClientFor(TestTokens.CountyAdmin(_county));
        var unit = Guid.NewGuid();
        await using var counts = await TestBus<OrganizationMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);
        await using var unitCounts = await TestBus<UnitMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);

        (await client.PostAsJsonAsync("/api/members", Request(TestNationalIds.For(Born, Gender.Female)) with { WorkUnitId = unit })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/members", Request(TestNationalIds.For(Born, Gender.Male)) with { Gender = "Male", Status = "Probationary", ConfirmedOn = null, WorkUnitId = unit })).EnsureSuccessStatusCode();
        var branch = await Eventually.WaitAsync(
            () => Task.FromResult(counts.Received.Where(c => c.Message.TenantId == _county).Select(c => c.Message).OrderBy(c => c.OccurredAt).ToList()),
            r => r.Count == 2, TimeSpan.FromSeconds(15), "one count per registration");
        var work = await Eventually.WaitAsync(
            () => Task.FromResult(unitCounts.Received.Where(c => c.Message.TenantId == _county).Select(c => c.Message).OrderBy(c => c.OccurredAt).ToList()),
            r => r.Count == 2, TimeSpan.FromSeconds(15), "one unit count per registration");

        Assert.Equal([(1, 0), (1, 1)], branch.Select(c => (c.FullMembers, c.ProbationaryMembers)));
        Assert.All(branch, c => Assert.Equal(_branch.Id, c.OrganizationId));
        Assert.Equal([1, 1], work.Select(c => c.FullMembers)); // only full members count for 应建未建
        Assert.True(branch[0].OccurredAt < branch[1].OccurredAt);
    }

    private MemberRequest Request(string nationalId) => new(
        "李秀英", nationalId, "Female", "回族", Born, "Undergraduate", "ProfessionalTechnical", "Active", "Full",
        new DateOnly(2012, 7, 1), new DateOnly(2012, 7, 1), new DateOnly(2013, 7, 1), _branch.Id, Phone: "13800000000");
}
