using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Posts: one current secretary, the committee size of O8, cadres sent from above, 一肩挑 and party group leaders.</summary>
public sealed class PositionTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Second_current_secretary_is_refused()
    {
        var branch = await _county.RegisterAsync("县财政局机关党支部", "Branch", domain: "GovernmentOrgan");
        await _county.AssignAsync(branch, Guid.NewGuid(), "Secretary", Today.AddMonths(-2));

        var second = await _county.PostPositionAsync(branch, new { memberId = Guid.NewGuid(), role = "Secretary", source = "Appointed", startedOn = LeadershipTestClient.Date(Today) });

        await second.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await _county.CountAsync("committee_positions"));
        Assert.Equal(1, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.PositionAssigned'"));
    }

    [Fact]
    public async Task Concurrent_secretaries_leave_one_secretary()
    {
        var branch = await _county.RegisterAsync("县商务局机关党支部", "Branch", domain: "GovernmentOrgan");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            _county.PostPositionAsync(branch, new { memberId = Guid.NewGuid(), role = "Secretary", source = "Appointed", startedOn = LeadershipTestClient.Date(Today) })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await _county.CountAsync("committee_positions"));
        Assert.Equal(1, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.SecretaryVacancyFilled'"));
    }

    [Fact]
    public async Task Organization_has_a_committee_with_three_current_committee_members()
    {
        var branch = await _county.RegisterAsync("东坡村党支部", "Branch", domain: "Village");
        var (secretary, commissioner, member) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _county.ElectAsync(branch, Today.AddMonths(-3), (secretary, "Secretary"), (commissioner, "OrganizationCommissioner"));
        await _county.PostPositionAsync(branch, new { memberId = secretary, role = "DisciplineCommissioner", source = "Elected", startedOn = LeadershipTestClient.Date(Today.AddMonths(-3)) });
        await _county.PostPositionAsync(branch, new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Appointed", startedOn = LeadershipTestClient.Date(Today.AddMonths(-1)), sendingUnit = "县财政局" });

        var two = await _county.LeadershipAsync(branch);
        var third = await _county.AssignAsync(branch, member, "CommitteeMember", Today);
        var three = await _county.LeadershipAsync(branch);

        Assert.Equal(2, two.GetProperty("committeeSize").GetInt32()); // the secretary holding two posts counts once
        Assert.False(two.GetProperty("hasCommittee").GetBoolean());
        Assert.Equal(3, three.GetProperty("committeeSize").GetInt32());
        Assert.True(three.GetProperty("hasCommittee").GetBoolean());
        Assert.Equal(three.GetProperty("currentTerm").GetProperty("id").GetGuid(), third.GetProperty("termId").GetGuid());
        Assert.Equal(secretary, three.GetProperty("secretaryMemberId").GetGuid());
        Assert.Equal(4, three.GetProperty("committee").GetArrayLength());
    }

    [Fact]
    public async Task First_secretaries_and_instructors_are_sent_from_above()
    {
        var village = await _county.RegisterAsync("西坡村党支部", "Branch", domain: "Village");
        var startedOn = LeadershipTestClient.Date(Today.AddMonths(-1));

        var noUnit = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Appointed", startedOn });
        var elected = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Elected", startedOn, sendingUnit = "县财政局" });
        var unitOnCommissioner = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "PublicityCommissioner", source = "Elected", startedOn, sendingUnit = "县财政局" });
        var sent = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Appointed", startedOn, sendingUnit = "县财政局" });
        var secondFirst = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Appointed", startedOn, sendingUnit = "县交通局" });
        foreach (var unit in new[] { "县委组织部", "县农业农村局" })
        {
            Assert.Equal(HttpStatusCode.Created, (await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "PartyBuildingInstructor", source = "Appointed", startedOn, sendingUnit = unit })).StatusCode);
        }

        (await noUnit.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("sendingUnit");
        (await elected.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("source");
        (await unitOnCommissioner.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("sendingUnit");
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        await secondFirst.AssertProblemAsync(HttpStatusCode.Conflict);
        var leadership = await _county.LeadershipAsync(village);
        Assert.Equal("县财政局", leadership.GetProperty("firstSecretary").GetProperty("sendingUnit").GetString());
        Assert.Equal(2, leadership.GetProperty("instructors").GetArrayLength());
        Assert.Equal(0, leadership.GetProperty("committeeSize").GetInt32());
        // Cadres sent from above are no secretary: the village is still vacant.
        Assert.Equal(JsonValueKind.Object, leadership.GetProperty("vacancy").ValueKind);
    }

    [Fact]
    public async Task Dual_role_is_only_for_a_village_secretary()
    {
        var village = await _county.RegisterAsync("南坡村党支部", "Branch", domain: "Village");
        var organ = await _county.RegisterAsync("县审计局机关党支部", "Branch", domain: "GovernmentOrgan");
        var startedOn = LeadershipTestClient.Date(Today);

        var organSecretary = await _county.PostPositionAsync(organ, new { memberId = Guid.NewGuid(), role = "Secretary", source = "Elected", startedOn, isDualRole = true });
        var villageCommissioner = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "OrganizationCommissioner", source = "Elected", startedOn, isDualRole = true });
        var villageSecretary = await _county.PostPositionAsync(village, new { memberId = Guid.NewGuid(), role = "Secretary", source = "Elected", startedOn, isDualRole = true, headsHostUnit = true });

        (await organSecretary.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("isDualRole");
        (await villageCommissioner.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("isDualRole");
        Assert.Equal(HttpStatusCode.Created, villageSecretary.StatusCode);
        var secretary = (await _county.GetAsync($"/api/organizations/{village}/positions?current=true"))[0];
        Assert.True(secretary.GetProperty("isDualRole").GetBoolean());
        Assert.True(secretary.GetProperty("headsHostUnit").GetBoolean());
    }

    [Fact]
    public async Task Party_group_has_a_group_leader_only()
    {
        var branch = await _county.RegisterAsync("北坡村党支部", "Branch", domain: "Village");
        var group = await _county.RegisterAsync("第一党小组", "PartyGroup", branch);
        var startedOn = LeadershipTestClient.Date(Today);

        var secretaryOfGroup = await _county.PostPositionAsync(group, new { memberId = Guid.NewGuid(), role = "Secretary", source = "Appointed", startedOn });
        var leaderOfBranch = await _county.PostPositionAsync(branch, new { memberId = Guid.NewGuid(), role = "GroupLeader", source = "Appointed", startedOn });
        var leader = await _county.PostPositionAsync(group, new { memberId = Guid.NewGuid(), role = "GroupLeader", source = "Appointed", startedOn });
        var secondLeader = await _county.PostPositionAsync(group, new { memberId = Guid.NewGuid(), role = "GroupLeader", source = "Elected", startedOn });

        (await secretaryOfGroup.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("role");
        (await leaderOfBranch.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("role");
        Assert.Equal(HttpStatusCode.Created, leader.StatusCode);
        await secondLeader.AssertProblemAsync(HttpStatusCode.Conflict);
        var leadership = await _county.LeadershipAsync(group);
        Assert.Equal(JsonValueKind.Object, leadership.GetProperty("groupLeader").ValueKind);
        Assert.Equal(JsonValueKind.Null, leadership.GetProperty("vacancy").ValueKind); // a group has no secretary post
    }

    [Fact]
    public async Task Ending_a_post_is_checked()
    {
        var branch = await _county.RegisterAsync("县水利局机关党支部", "Branch", domain: "GovernmentOrgan");
        var position = (await _county.AssignAsync(branch, Guid.NewGuid(), "DeputySecretary", Today.AddMonths(-1))).GetProperty("id").GetGuid();

        var beforeStart = await _county.EndAsync(branch, position, Today.AddMonths(-2));
        var badReason = await _county.Http.PostAsJsonAsync($"/api/organizations/{branch}/positions/{position}/end", new { endedOn = LeadershipTestClient.Date(Today), reason = "Retired" });
        var future = await _county.EndAsync(branch, position, Today.AddDays(1));
        var unknown = await _county.EndAsync(branch, Guid.NewGuid(), Today);
        var ended = await _county.EndAsync(branch, position, Today, "Transferred");
        var again = await _county.EndAsync(branch, position, Today);

        (await beforeStart.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("endedOn");
        (await badReason.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("reason");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("endedOn");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.PositionEnded'"));
        Assert.Empty((await _county.GetAsync($"/api/organizations/{branch}/positions?current=true")).EnumerateArray());
        Assert.Single((await _county.GetAsync($"/api/organizations/{branch}/positions")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_position_input_is_refused_with_field_errors_and_nothing_written()
    {
        var branch = await _county.RegisterAsync("县林业局机关党支部", "Branch", domain: "GovernmentOrgan");
        var other = await _county.RegisterAsync("县民政局机关党支部", "Branch", domain: "GovernmentOrgan");
        var otherTerm = (await _county.ElectAsync(other, Today.AddYears(-1), (Guid.NewGuid(), "Secretary"))).GetProperty("term").GetProperty("id").GetGuid();
        var startedOn = LeadershipTestClient.Date(Today);
        var cases = new (object Body, string[] Fields)[]
        {
            (new { }, ["memberId", "role", "source", "startedOn"]),
            (new { memberId = Guid.Empty, role = "Chairman", source = "Lottery", startedOn = LeadershipTestClient.Date(Today.AddDays(1)) }, ["memberId", "role", "source", "startedOn"]),
            (new { memberId = Guid.NewGuid(), role = "Secretary", source = "Elected", startedOn, termId = otherTerm }, ["termId"]),
            (new { memberId = Guid.NewGuid(), role = "PartyBuildingInstructor", source = "Appointed", startedOn, sendingUnit = "县委组织部", termId = otherTerm }, ["termId"]),
            (new { memberId = Guid.NewGuid(), role = "CommitteeMember", source = "Elected", startedOn, headsHostUnit = true }, ["headsHostUnit"]),
            (new { memberId = Guid.NewGuid(), role = "FirstSecretary", source = "Appointed", startedOn, sendingUnit = new string('局', 101) }, ["sendingUnit"]),
        };

        foreach (var (body, fields) in cases)
        {
            var problem = await (await _county.PostPositionAsync(branch, body)).AssertProblemAsync(HttpStatusCode.BadRequest);
            foreach (var field in fields)
            {
                problem.AssertFieldError(field);
            }
        }

        Assert.Equal(0, await _county.CountAsync($"committee_positions WHERE organization_id = '{branch}'"));
        Assert.Equal(HttpStatusCode.NotFound, (await _county.PostPositionAsync(Guid.NewGuid(), new { memberId = Guid.NewGuid(), role = "Secretary", source = "Elected", startedOn })).StatusCode);
    }
}
