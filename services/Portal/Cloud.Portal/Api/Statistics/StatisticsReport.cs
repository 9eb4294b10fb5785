namespace Cloud.Portal.Api.Statistics;

/// <summary>GET /api/reporting/statistics: the indicators as of a day, with flows over a period, for the county or a subtree.</summary>
public sealed record StatisticsReport(
    DateOnly AsOf,
    DateOnly From,
    Guid? OrganizationId,
    OrgCountByType OrgCountByType,
    MemberCount MemberCount,
    Tally[] MemberByEmployment,
    Share FemaleShare,
    Share MinorityShare,
    Share CollegeShare,
    Share Under35Share,
    Tally[] EducationDistribution,
    AgeDistribution AgeDistribution,
    Tally[] OccupationDistribution,
    long MobileMemberCount,
    long LostContactCount,
    NewMembers NewMembers,
    Tally[] PipelineCounts,
    SecretaryStaffing SecretaryStaffingRate,
    AgeDistribution SecretaryAgeBands,
    SecretaryProfile SecretaryProfile,
    Share SecretaryIsUnitHeadRate,
    Share OnTimeElectionRate,
    long OverdueTermCount,
    StatisticsRow[] Table);

public sealed record SecretaryStaffing(Share Staffed, long Vacancies);

public sealed record SecretaryProfile(long Secretaries, Tally[] ByGender, Tally[] ByEducation, Share DualRole);

/// <summary>One row of the statistics table, as the exported workbook has it (类别, 项目, 数量, 占比).</summary>
public sealed record StatisticsRow(string Section, string Item, long Count, decimal? Percent);

public sealed record Tally(string Key, string Label, long Count);

public sealed record OrgCountByType(long Total, Tally[] ByType, TypeDomainCount[] ByTypeAndDomain, Tally[] ByTownship);

public sealed record TypeDomainCount(string Type, string? Domain, string Label, long Count);

public sealed record MemberCount(long Total, long Full, long Probationary);

public sealed record Share(long Count, long Total, decimal Percent);

public sealed record AgeDistribution(Tally[] Bands, decimal AverageAge);

public sealed record NewMembers(long Count, Share Female, Share Minority, Share Under35, Share College, Share Farmer, Share Worker);

/// <summary>GET /api/reporting/city/statistics: a city's counties side by side and summed.</summary>
public sealed record CityStatistics(string City, DateOnly AsOf, DateOnly From, CountyFigures[] Counties, CountyFigures Total);

public sealed record CountyFigures(
    string Code, string Name, long OrgCountByType, MemberCount MemberCount, Share FemaleShare, Share MinorityShare, Share CollegeShare, Share Under35Share,
    long MobileMemberCount, long LostContactCount, long NewMembers, long Pipeline, Share SecretaryStaffingRate, long OverdueTermCount);
