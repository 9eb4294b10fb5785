namespace Cloud.Reporting.Api;

/// <summary>A city's counties side by side and summed (indicator identifiers as in <see cref="StatisticsReport"/>).</summary>
public sealed record CityStatistics(string City, DateOnly AsOf, DateOnly From, IReadOnlyList<CountyFigures> Counties, CountyFigures Total);

/// <summary>
/// The headline indicators of one county (or, summed, of the city): counts add up; shares are recomputed from the summed
/// counts, never averaged.
/// </summary>
public sealed record CountyFigures(
    string Code,
    string Name,
    long OrgCountByType,
    MemberCount MemberCount,
    Share FemaleShare,
    Share MinorityShare,
    Share CollegeShare,
    Share Under35Share,
    long MobileMemberCount,
    long LostContactCount,
    long NewMembers,
    long Pipeline,
    Share SecretaryStaffingRate,
    long OverdueTermCount)
{
    public static CountyFigures Of(string code, string name, StatisticsReport r) => new(
        code, name, r.OrgCountByType.Total, r.MemberCount, r.FemaleShare, r.MinorityShare, r.CollegeShare, r.Under35Share,
        r.MobileMemberCount, r.LostContactCount, r.NewMembers.Count, r.PipelineCounts.Sum(t => t.Count), r.SecretaryStaffingRate.Staffed, r.OverdueTermCount);

    public static CountyFigures Sum(string city, IReadOnlyList<CountyFigures> counties) => new(
        city,
        "合计",
        counties.Sum(c => c.OrgCountByType),
        new MemberCount(counties.Sum(c => c.MemberCount.Total), counties.Sum(c => c.MemberCount.Full), counties.Sum(c => c.MemberCount.Probationary)),
        Summed(counties, c => c.FemaleShare),
        Summed(counties, c => c.MinorityShare),
        Summed(counties, c => c.CollegeShare),
        Summed(counties, c => c.Under35Share),
        counties.Sum(c => c.MobileMemberCount),
        counties.Sum(c => c.LostContactCount),
        counties.Sum(c => c.NewMembers),
        counties.Sum(c => c.Pipeline),
        Summed(counties, c => c.SecretaryStaffingRate),
        counties.Sum(c => c.OverdueTermCount));

    private static Share Summed(IEnumerable<CountyFigures> counties, Func<CountyFigures, Share> share) =>
        Share.Of(counties.Sum(c => share(c).Count), counties.Sum(c => share(c).Total));
}
