using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Search;

/// <summary>
/// Counts of the members a search matches, in total and per facet (every value listed, zeros included), and the shares a
/// county report quotes (seed 004: women, minorities, college or above, under 35), in percent with one decimal.
/// </summary>
public sealed record MemberSearchCounts(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByGender,
    IReadOnlyDictionary<string, int> ByEthnicityGroup,
    IReadOnlyDictionary<string, int> ByEducationBand,
    IReadOnlyDictionary<string, int> ByAgeBand,
    IReadOnlyDictionary<string, int> ByOccupation,
    IReadOnlyDictionary<string, int> ByEmploymentStatus,
    MemberShares Shares)
{
    public static MemberSearchCounts From(IReadOnlyCollection<MemberCountCell> cells)
    {
        var total = cells.Sum(c => c.Count);
        var byGender = By(cells, c => c.Gender);
        var byEthnicity = By(cells, c => c.IsMinority ? EthnicityGroup.Minority : EthnicityGroup.Han);
        var byEducation = By(cells, c => c.Education.Band());
        var byAge = By(cells, c => c.AgeBand);
        return new MemberSearchCounts(
            total, By(cells, c => c.Status), byGender, byEthnicity, byEducation, byAge, By(cells, c => c.Occupation), By(cells, c => c.EmploymentStatus),
            new MemberShares(
                Share(byGender[nameof(Gender.Female)], total),
                Share(byEthnicity[nameof(EthnicityGroup.Minority)], total),
                Share(byEducation[nameof(EducationBand.CollegeOrAbove)], total),
                Share(byAge[nameof(AgeBand.UnderThirtyFive)], total)));
    }

    private static Dictionary<string, int> By<T>(IEnumerable<MemberCountCell> cells, Func<MemberCountCell, T> facet)
        where T : struct, Enum
    {
        var counts = Enum.GetValues<T>().ToDictionary(v => v.ToString(), _ => 0, StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            counts[facet(cell).ToString()] += cell.Count;
        }

        return counts;
    }

    private static decimal Share(int part, int total) => total == 0 ? 0m : Math.Round(100m * part / total, 1, MidpointRounding.AwayFromZero);
}
