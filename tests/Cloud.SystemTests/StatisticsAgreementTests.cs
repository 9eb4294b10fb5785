using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>
/// Reporting's statistics of a county built through the gateway's APIs agree with the Members service's own facet counts:
/// the total, status, sex, minority, education band, occupation and employment. (Age bands differ by rule: Members uses exact
/// birth dates and &lt;35, the statistics the year of birth and ≤35 at the period's end, as the 公报 does.)
/// </summary>
[Collection(PlatformFixture.Name)]
public sealed class StatisticsAgreementTests(Platform platform)
{
    private static readonly string[] Educations = ["Postgraduate", "Undergraduate", "College", "SecondaryVocational", "HighSchool", "JuniorHighOrBelow"];
    private static readonly string[] Occupations = ["Worker", "FarmerHerderFisher", "ProfessionalTechnical", "Manager", "PartyGovernmentStaff", "Student", "Retired", "Other"];

    [Fact]
    public async Task The_statistics_count_the_members_as_the_members_service_does()
    {
        var county = Counties.New();
        using var client = platform.Client(TestTokens.CountyAdmin(county));
        var branch = (await (await client.PostAsJsonAsync("/api/organizations", new { name = "中共统计村支部委员会", type = "Branch", domain = "Village" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        const int people = 14;
        for (var i = 0; i < people; i++)
        {
            var full = i % 5 != 0;
            var request = new
            {
                name = $"统计{i}", nationalId = MemberRoster.NationalIdOf(2000 + i), gender = i % 2 == 0 ? "Female" : "Male", ethnicity = i % 4 == 0 ? "回族" : "汉族",
                birthDate = MemberRoster.BirthDateOf(2000 + i), education = Educations[i % Educations.Length], occupation = Occupations[i % Occupations.Length],
                employmentStatus = i % 6 == 0 ? "Retired" : "Active", status = full ? "Full" : "Probationary",
                admissionApprovedOn = full ? new DateOnly(2000, 7, 1) : DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3),
                confirmedOn = full ? new DateOnly(2001, 7, 1) : (DateOnly?)null, organizationId = branch,
            };
            var created = await Eventually.WaitAsync(() => client.PostAsJsonAsync("/api/members", request), r => r.StatusCode != HttpStatusCode.BadRequest,
                EndToEndTests.Propagation, "the Members service knows the branch");
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var statistics = await Eventually.WaitAsync(() => client.GetFromJsonAsync<JsonElement>("/api/reporting/statistics"),
            s => s.GetProperty("memberCount").GetProperty("total").GetInt64() == people, EndToEndTests.Propagation, "Reporting counts the members");
        var facets = await client.GetFromJsonAsync<JsonElement>("/api/members/search/counts");

        Assert.Equal(facets.GetProperty("total").GetInt32(), statistics.GetProperty("memberCount").GetProperty("total").GetInt64());
        Assert.Equal(Facet(facets, "byStatus", "Full"), statistics.GetProperty("memberCount").GetProperty("full").GetInt64());
        Assert.Equal(Facet(facets, "byStatus", "Probationary"), statistics.GetProperty("memberCount").GetProperty("probationary").GetInt64());
        Assert.Equal(Facet(facets, "byGender", "Female"), statistics.GetProperty("femaleShare").GetProperty("count").GetInt64());
        Assert.Equal(Facet(facets, "byEthnicityGroup", "Minority"), statistics.GetProperty("minorityShare").GetProperty("count").GetInt64());
        Assert.Equal(Facets(facets, "byEducationBand"), Tallies(statistics, "educationDistribution"));
        Assert.Equal(Facets(facets, "byOccupation"), Tallies(statistics, "occupationDistribution"));
        Assert.Equal(Facets(facets, "byEmploymentStatus"), Tallies(statistics, "memberByEmployment"));
        Assert.Equal(facets.GetProperty("shares").GetProperty("women").GetDecimal(), statistics.GetProperty("femaleShare").GetProperty("percent").GetDecimal());
    }

    private static long Facet(JsonElement facets, string facet, string key) => facets.GetProperty(facet).GetProperty(key).GetInt32();

    // Members lists every value with zeros; the statistics list the values present.
    private static SortedDictionary<string, long> Facets(JsonElement facets, string facet) =>
        new(facets.GetProperty(facet).EnumerateObject().Where(p => p.Value.GetInt32() > 0).ToDictionary(p => p.Name, p => (long)p.Value.GetInt32()), StringComparer.Ordinal);

    private static SortedDictionary<string, long> Tallies(JsonElement statistics, string breakdown) =>
        new(statistics.GetProperty(breakdown).EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("count").GetInt64()), StringComparer.Ordinal);
}
