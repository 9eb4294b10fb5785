using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// Admission cases (发展党员) in the demo county, at every stage: applicants (one whose talk is overdue), an activist,
/// a candidate, a probationary member and a confirmed one, recorded step by step through the gateway with dates counted
/// back from today, so each keeps the rules (activist ≥ 1 year, vote within a month of pre-review, …). Skipped when
/// the county already has cases.
/// </summary>
public sealed class DemoDevelopmentSeed(CountyApi api, ILogger logger)
{
    private const string Path = "/api/members/development";

    // (name, gender, birth year, months since application, the last step recorded): one case per stage.
    private static readonly (string Name, string Gender, int Born, int MonthsAgo, int LastStep)[] Cases =
    [
        ("赵晓雨", "Female", 2003, 0, 1),    // applicant, talk due within the month
        ("钱振华", "Male", 2001, 2, 1),      // applicant, talk overdue (M3)
        ("孙丽娜", "Female", 1998, 5, 5),    // activist with a mentor
        ("李国强", "Male", 1995, 17, 11),    // candidate, trained
        ("周文静", "Female", 1996, 21, 20),  // probationary member after the oath
        ("吴建军", "Male", 1993, 33, 25),    // full member, case archived
    ];

    public async Task RunAsync(Guid branch, CancellationToken cancellationToken)
    {
        var counts = await api.GetAsync($"{Path}/counts", cancellationToken);
        if (counts.GetProperty("stages").EnumerateObject().Sum(s => s.Value.GetInt32()) > 0)
        {
            logger.LogInformation("Admission cases exist, none added");
            return;
        }

        var fullMembers = (await api.GetAsync($"/api/members/search?organizationId={branch}&status=Full&limit=2", cancellationToken))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        if (fullMembers.Length < 2)
        {
            logger.LogInformation("Admission cases skipped: they need two full members in {Branch} (mentors, sponsors)", DemoTree.CaseBranch);
            return;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // The cases are independent of each other: side by side, each one's steps in order.
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases.Length), cancellationToken, async (i, token) =>
        {
            var (name, gender, born, monthsAgo, lastStep) = Cases[i];
            var birthDate = new DateOnly(born, 3, 15);
            var applied = today.AddMonths(-monthsAgo).AddDays(-3);
            var opened = await api.PostAsync(Path, new
            {
                name,
                nationalId = DemoNationalIds.Of(DemoCounty.Code, birthDate, 980 + (2 * i) + (gender == "Male" ? 1 : 0)), // odd for men
                gender,
                ethnicity = "汉族",
                birthDate = Date(birthDate),
                education = "Undergraduate",
                occupation = "ProfessionalTechnical",
                organizationId = branch,
                applicationOn = Date(applied),
                isLeagueMember = born >= 1998,
            }, token);
            var caseId = CountyApi.IdAt(opened, "id");
            for (var step = 2; step <= lastStep; step++)
            {
                await api.PostAsync($"{Path}/{caseId}/steps/{step}", Step(step, applied, fullMembers), token);
            }
        });

        logger.LogInformation("Admission cases: {Cases} in {Branch}, from applicant to full member", Cases.Length, DemoTree.CaseBranch);
    }

    // The dates and data of a case that keeps every rule (domain.md §2.3), counted from the application.
    private static Dictionary<string, object?> Step(int step, DateOnly applied, Guid[] members)
    {
        var on = step switch
        {
            2 => applied.AddDays(20),
            3 => applied.AddMonths(2),
            4 => applied.AddMonths(2).AddDays(5),
            5 => applied.AddMonths(2).AddDays(10),
            6 => applied.AddMonths(8),
            7 => applied.AddMonths(15),
            8 => applied.AddMonths(15).AddDays(5),
            9 or 10 or 11 => applied.AddMonths(16),
            12 => applied.AddMonths(17),
            13 => applied.AddMonths(17).AddDays(10),
            14 => applied.AddMonths(17).AddDays(15),
            15 => applied.AddMonths(18),
            16 => applied.AddMonths(18).AddDays(10),
            17 => applied.AddMonths(19),
            18 => applied.AddMonths(19).AddDays(10),
            19 => applied.AddMonths(19).AddDays(15),
            20 => applied.AddMonths(20),
            21 => applied.AddMonths(24),
            22 => applied.AddMonths(30).AddDays(-10),
            23 => applied.AddMonths(30),
            24 => applied.AddMonths(31),
            _ => applied.AddMonths(32),
        };
        var body = new Dictionary<string, object?>
        {
            ["decidedOn"] = Date(on),
            ["decidingBody"] = "东坡村党支部",
            ["documentNumber"] = $"东党发〔{on.Year}〕{step}号",
        };
        switch (step)
        {
            case 3: body["recommendationMethod"] = "MemberRecommendation"; break;
            case 5: body["memberIds"] = new[] { members[0] }; break;
            case 9: body["memberIds"] = members; break;
            case 10: body["politicalReviewResult"] = "Passed"; break;
            case 11: body["trainingDays"] = 3; body["classHours"] = 24; break;
            case 12: body["publicNoticeFrom"] = Date(on.AddDays(-14)); body["publicNoticeTo"] = Date(on.AddDays(-1)); break;
            case 15: body["eligibleVoters"] = 20; body["votesFor"] = 18; body["votesAgainst"] = 1; break;
            case 23: body["eligibleVoters"] = 20; body["votesFor"] = 19; body["votesAgainst"] = 0; body["outcome"] = "Confirm"; break;
        }

        return body;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
