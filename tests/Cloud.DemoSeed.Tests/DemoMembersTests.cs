using Cloud.DemoSeed;
using Cloud.Members.Api;
using Cloud.Members.Domain.Members;

namespace Cloud.DemoSeed.Tests;

public sealed class DemoMembersTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly IReadOnlyList<DemoMember> Members = DemoMembers.Generate(Today);

    [Theory]
    [InlineData("women", 23.9)]
    [InlineData("minorities", 34.1)]
    [InlineData("college", 66.3)]
    [InlineData("under35", 19.7)]
    [InlineData("retired", 22.2)] // 701 of 3,163 (seed 004: 2,462 in service, 701 retired)
    public void Shares_match_seed_004_within_half_a_point(string share, double expected)
    {
        var count = share switch
        {
            "women" => Members.Count(m => m.Gender == "Female"),
            "minorities" => Members.Count(m => m.Ethnicity != Ethnicities.Han),
            "college" => Members.Count(m => Enum.Parse<EducationLevel>(m.Education).Band() == EducationBand.CollegeOrAbove),
            "under35" => Members.Count(m => Age.Years(m.BirthDate, Today) < 35),
            _ => Members.Count(m => m.EmploymentStatus == "Retired"),
        };

        Assert.InRange(100.0 * count / Members.Count, expected - 0.5, expected + 0.5);
    }

    [Fact]
    public void About_three_thousand_members_in_service_and_retired_as_seed_004_counts_them()
    {
        Assert.Equal(3163, Members.Count);
        Assert.Equal(2462, Members.Count(m => m.EmploymentStatus == "Active"));
        Assert.Equal(701, Members.Count(m => m.EmploymentStatus == "Retired"));
    }

    [Fact]
    public void National_ids_are_valid_unique_of_the_demo_county_and_agree_with_birth_date_and_gender()
    {
        foreach (var m in Members)
        {
            Assert.True(NationalId.TryParse(m.NationalId, out var id, out var error), error);
            Assert.StartsWith(DemoCounty.Code, m.NationalId, StringComparison.Ordinal);
            Assert.Empty(id.Mismatches(m.BirthDate, Enum.Parse<Gender>(m.Gender)));
        }

        Assert.Equal(Members.Count, Members.Select(m => m.NationalId).Distinct().Count());
    }

    [Fact]
    public void Admission_comes_at_eighteen_or_later_and_confirmation_after_it_and_before_today()
    {
        Assert.All(Members, m =>
        {
            Assert.True(Age.Years(m.BirthDate, m.AdmissionApprovedOn) >= 18, $"{m.Name} admitted at {Age.Years(m.BirthDate, m.AdmissionApprovedOn)}");
            Assert.True(m.AdmissionApprovedOn <= Today);
            Assert.Equal(m.Status == "Full", m.ConfirmedOn is not null);
            Assert.True(m.ConfirmedOn is null || (m.ConfirmedOn >= m.AdmissionApprovedOn.AddYears(1) && m.ConfirmedOn <= Today));
        });
        Assert.InRange(Members.Count(m => m.Status == "Probationary"), 30, 200);
    }

    [Fact]
    public void Members_sit_in_every_branch_of_the_demo_tree_and_nowhere_else()
    {
        var branches = DemoTree.Organizations.Where(o => o.Type == "Branch").Select(o => o.Name).ToHashSet();

        Assert.Equal(branches.Order(), Members.Select(m => m.Organization).Distinct().Order());
    }

    [Fact]
    public void Every_demo_member_passes_the_members_service_validation()
    {
        var refused = Members
            .Select(m => (m.Name, Validation: new MemberRequest(m.Name, m.NationalId, m.Gender, m.Ethnicity, m.BirthDate, m.Education, m.Occupation, m.EmploymentStatus,
                m.Status, m.AdmissionApprovedOn, m.AdmissionApprovedOn, m.ConfirmedOn, Guid.NewGuid(), IsLeadingCadre: m.IsLeadingCadre).Validate(Today, out _, out _)))
            .Where(v => !v.Validation.IsValid)
            .Select(v => $"{v.Name}: {string.Join("; ", v.Validation.Errors.SelectMany(e => e.Value))}");

        Assert.Empty(refused);
    }

    [Fact]
    public void The_same_day_gives_the_same_members()
    {
        Assert.Equal(Members, DemoMembers.Generate(Today));
    }
}
