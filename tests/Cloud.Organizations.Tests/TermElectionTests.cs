using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Recording an election (换届选举): the quorum (O15), winning threshold (O16), early elections (O14), candidate surplus (O17) and appointments (O19).</summary>
public sealed class TermElectionTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private const string LeadershipEvents = "outbox WHERE type LIKE 'Cloud.Contracts.Organizations.%' AND type NOT LIKE '%OrganizationRegistered'";

    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Election_without_four_fifths_present_is_refused()
    {
        var branch = await OrganBranchAsync();

        var sixteenOfTwenty = await _county.PostElectionAsync(branch, Election(Today.AddDays(-7), eligible: 20, present: 16, votes: 15));
        var seventeenOfTwenty = await _county.PostElectionAsync(branch, Election(Today.AddDays(-7), eligible: 20, present: 17, votes: 15));

        (await sixteenOfTwenty.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("votersPresent");
        Assert.Equal(HttpStatusCode.Created, seventeenOfTwenty.StatusCode);
        Assert.Equal(1, await _county.CountAsync("terms"));
    }

    [Fact]
    public async Task Candidate_needs_more_than_half_of_eligible_votes()
    {
        var branch = await OrganBranchAsync();

        var halfOfTwenty = await _county.PostElectionAsync(branch, Election(Today.AddDays(-7), eligible: 20, present: 18, votes: 10));
        var elevenOfTwenty = await _county.PostElectionAsync(branch, Election(Today.AddDays(-7), eligible: 20, present: 18, votes: 11));

        (await halfOfTwenty.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("results[0].votes");
        Assert.Equal(HttpStatusCode.Created, elevenOfTwenty.StatusCode);
        Assert.Equal(1, await _county.CountAsync("terms"));
        Assert.Equal(1, await _county.CountAsync("committee_positions"));
    }

    [Fact]
    public async Task Early_election_more_than_a_year_ahead_is_refused()
    {
        var branch = await OrganBranchAsync();
        await _county.ElectAsync(branch, Today.AddYears(-1), (Guid.NewGuid(), "Secretary")); // 3 years: ends two years from now
        var eventsBefore = await _county.CountAsync(LeadershipEvents);

        var response = await _county.PostElectionAsync(branch, Election(Today, approvalDocNo: "千组字〔2026〕1号"));

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("electedOn");
        Assert.Equal(1, await _county.CountAsync("terms"));
        Assert.Equal(1, await _county.CountAsync("terms WHERE closed_on IS NULL"));
        Assert.Equal(eventsBefore, await _county.CountAsync(LeadershipEvents));
    }

    [Fact]
    public async Task Early_election_within_a_year_needs_the_superiors_approval()
    {
        var branch = await OrganBranchAsync();
        await _county.ElectAsync(branch, Today.AddMonths(6).AddYears(-3), (Guid.NewGuid(), "Secretary")); // ends in six months

        var unapproved = await _county.PostElectionAsync(branch, Election(Today));
        var approved = await _county.PostElectionAsync(branch, Election(Today, approvalDocNo: "千组字〔2026〕1号"));

        (await unapproved.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("approvalDocNo");
        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        var term = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("term");
        Assert.True(term.GetProperty("earlyElection").GetBoolean());
        Assert.Equal("千组字〔2026〕1号", term.GetProperty("approvalDocNo").GetString());
        Assert.Equal(2, term.GetProperty("termNumber").GetInt32());
    }

    [Fact]
    public async Task New_term_closes_the_old_one()
    {
        var branch = await OrganBranchAsync();
        var (oldSecretary, commissioner, newSecretary) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _county.ElectAsync(branch, Today.AddYears(-4), (oldSecretary, "Secretary"), (commissioner, "OrganizationCommissioner"));

        var elected = await _county.ElectAsync(branch, Today.AddDays(-1), (newSecretary, "Secretary"), (commissioner, "PublicityCommissioner"));
        var terms = await _county.GetAsync($"/api/organizations/{branch}/terms");
        var positions = await _county.GetAsync($"/api/organizations/{branch}/positions");
        var current = await _county.GetAsync($"/api/organizations/{branch}/positions?current=true");

        Assert.Equal(2, terms.GetArrayLength());
        Assert.Equal(LeadershipTestClient.Date(Today.AddDays(-1)), terms[0].GetProperty("closedOn").GetString());
        Assert.Equal("Closed", terms[0].GetProperty("status").GetString());
        Assert.Equal(2, terms[1].GetProperty("termNumber").GetInt32());
        Assert.Equal("Active", terms[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, terms[1].GetProperty("closedOn").ValueKind);
        Assert.Equal(2, elected.GetProperty("positions").GetArrayLength());
        Assert.Equal(4, positions.GetArrayLength());
        Assert.All(positions.EnumerateArray().Where(p => p.GetProperty("endedOn").ValueKind != JsonValueKind.Null),
            p => Assert.Equal("TermEnd", p.GetProperty("endReason").GetString()));
        Assert.Equal(
            new HashSet<(Guid, string)> { (newSecretary, "Secretary"), (commissioner, "PublicityCommissioner") },
            current.EnumerateArray().Select(p => (p.GetProperty("memberId").GetGuid(), p.GetProperty("role").GetString()!)).ToHashSet());
        Assert.All(current.EnumerateArray(), p => Assert.Equal(terms[1].GetProperty("id").GetGuid(), p.GetProperty("termId").GetGuid()));
        Assert.Equal(0, await _county.CountAsync("secretary_vacancies WHERE filled_on IS NULL"));
    }

    [Fact]
    public async Task Too_few_candidates_is_a_warning_not_an_error()
    {
        var branch = await OrganBranchAsync();
        var other = await OrganBranchAsync();
        var five = Enumerable.Range(0, 5).Select(i => (Guid.NewGuid(), i == 0 ? "Secretary" : "CommitteeMember")).ToArray();

        var equalNumber = await _county.PostElectionAsync(branch, Election(Today.AddDays(-3), seats: 5, candidates: 5, results: five));
        var withSurplus = await _county.PostElectionAsync(other, Election(Today.AddDays(-3), seats: 5, candidates: 6, results: five));

        Assert.Equal(HttpStatusCode.Created, equalNumber.StatusCode);
        var warning = Assert.Single((await equalNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
        Assert.Contains("120%", warning.GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, withSurplus.StatusCode);
        Assert.Empty((await withSurplus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Representative_congress_is_accepted_with_a_warning_until_members_are_counted()
    {
        var committee = await _county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");

        var response = await _county.PostElectionAsync(committee, Election(Today.AddDays(-3), method: "RepresentativeCongress"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("RepresentativeCongress", body.GetProperty("term").GetProperty("electionMethod").GetString());
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appointed_secretary_starts_a_term_when_no_election_is_possible()
    {
        var branch = await OrganBranchAsync();
        var secretary = Guid.NewGuid();

        var withoutDocument = await _county.PostElectionAsync(branch, new { electedOn = LeadershipTestClient.Date(Today), method = "Appointment", results = new[] { new { memberId = secretary, role = "Secretary" } } });
        var appointed = await _county.PostElectionAsync(branch, new { electedOn = LeadershipTestClient.Date(Today), method = "Appointment", approvalDocNo = "千组字〔2026〕9号", results = new[] { new { memberId = secretary, role = "Secretary" } } });

        (await withoutDocument.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("approvalDocNo");
        Assert.Equal(HttpStatusCode.Created, appointed.StatusCode);
        var body = await appointed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Appointment", body.GetProperty("term").GetProperty("electionMethod").GetString());
        Assert.Equal("Appointed", body.GetProperty("positions")[0].GetProperty("source").GetString());
        var leadership = await _county.LeadershipAsync(branch);
        Assert.Equal(secretary, leadership.GetProperty("secretaryMemberId").GetGuid());
        Assert.Equal(JsonValueKind.Null, leadership.GetProperty("vacancy").ValueKind);
        Assert.Equal(1, await _county.CountAsync("secretary_vacancies WHERE filled_by = 'Appointment'"));
    }

    [Fact]
    public async Task Election_not_after_the_last_term_began_is_refused()
    {
        var branch = await OrganBranchAsync();
        await _county.ElectAsync(branch, Today.AddYears(-4), (Guid.NewGuid(), "Secretary"));

        var sameDay = await _county.PostElectionAsync(branch, Election(Today.AddYears(-4)));
        var earlier = await _county.PostElectionAsync(branch, Election(Today.AddYears(-5)));
        var lowerNumber = await _county.PostElectionAsync(branch, Election(Today.AddDays(-1), termNumber: 1));

        (await sameDay.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("electedOn");
        (await earlier.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("electedOn");
        (await lowerNumber.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("termNumber");
        Assert.Equal(1, await _county.CountAsync("terms"));
    }

    [Fact]
    public async Task Bad_election_input_is_refused_with_field_errors_and_nothing_written()
    {
        var branch = await OrganBranchAsync();
        var member = Guid.NewGuid();
        var cases = new (object Body, string[] Fields)[]
        {
            (new { method = "MemberAssembly", eligibleVoters = 20, votersPresent = 20, seatsToElect = 1, candidates = 2, results = new[] { new { memberId = member, votes = 15, role = "Secretary" } } }, ["electedOn"]),
            (Election(Today.AddDays(1)), ["electedOn"]),
            (Election(Today, method: "Acclamation"), ["method"]),
            (new { electedOn = LeadershipTestClient.Date(Today), method = "MemberAssembly", results = new[] { new { memberId = member, votes = 15, role = "Secretary" } } }, ["eligibleVoters", "votersPresent", "seatsToElect", "candidates"]),
            (Election(Today, eligible: 20, present: 21), ["votersPresent"]),
            (Election(Today, results: []), ["results"]),
            (Election(Today, seats: 2, candidates: 3, results: [(member, "Secretary"), (member, "CommitteeMember")]), ["results"]),
            (Election(Today, seats: 2, candidates: 3, results: [(member, "Secretary"), (Guid.NewGuid(), "Secretary")]), ["results"]),
            (Election(Today, seats: 1, candidates: 3, results: [(member, "Secretary"), (Guid.NewGuid(), "CommitteeMember")]), ["results"]),
            (Election(Today, results: [(member, "GroupLeader")]), ["results[0].role"]),
            (Election(Today, results: [(Guid.Empty, "Secretary")]), ["results[0].memberId"]),
            (Election(Today, votes: 25), ["results[0].votes"]),
            (Election(Today, nomination: "Lottery"), ["nominationMethod"]),
            (new { electedOn = LeadershipTestClient.Date(Today), method = "Appointment", eligibleVoters = 20, approvalDocNo = "千组字〔2026〕9号", results = new[] { new { memberId = member, role = "Secretary" } } }, ["eligibleVoters"]),
            (new { electedOn = LeadershipTestClient.Date(Today), method = "Appointment", approvalDocNo = "千组字〔2026〕9号", results = new[] { new { memberId = member, role = "CommitteeMember" } } }, ["results"]),
            (Election(Today, approvalDocNo: new string('号', 101)), ["approvalDocNo"]),
        };

        foreach (var (body, fields) in cases)
        {
            var problem = await (await _county.PostElectionAsync(branch, body)).AssertProblemAsync(HttpStatusCode.BadRequest);
            foreach (var field in fields)
            {
                problem.AssertFieldError(field);
            }
        }

        var notJson = await _county.Http.PostAsync($"/api/organizations/{branch}/terms", new StringContent("[1,", System.Text.Encoding.UTF8, "application/json"));
        await notJson.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await _county.CountAsync("terms"));
        Assert.Equal(0, await _county.CountAsync("committee_positions"));
        Assert.Equal(0, await _county.CountAsync(LeadershipEvents));
        Assert.Equal(HttpStatusCode.NotFound, (await _county.PostElectionAsync(Guid.NewGuid(), Election(Today))).StatusCode);
    }

    private Task<Guid> OrganBranchAsync() => _county.RegisterAsync($"县直机关第{Guid.NewGuid():N}党支部"[..12], "Branch", domain: "GovernmentOrgan");

    private static object Election(
        DateOnly electedOn, int eligible = 20, int present = 20, int votes = 15, int seats = 1, int candidates = 2, string method = "MemberAssembly",
        string? approvalDocNo = null, int? termNumber = null, string? nomination = null, (Guid MemberId, string Role)[]? results = null) => new
        {
            electedOn = LeadershipTestClient.Date(electedOn),
            method,
            nominationMethod = nomination,
            eligibleVoters = eligible,
            votersPresent = present,
            seatsToElect = seats,
            candidates,
            termNumber,
            approvalDocNo,
            results = (results ?? [(Guid.NewGuid(), "Secretary")]).Select(r => new { memberId = r.MemberId, votes, role = r.Role }).ToArray(),
        };
}
