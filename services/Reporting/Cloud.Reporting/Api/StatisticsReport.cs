namespace Cloud.Reporting.Api;

/// <summary>
/// The county's (or a subtree's) statistics as of <see cref="AsOf"/>, flows from <see cref="From"/> to <see cref="AsOf"/>;
/// each property is one indicator of domain.md §4, named by its identifier. Every breakdown carries the Chinese name of
/// each value, as the tables print it; <see cref="Table"/> is all of it as the rows of the exported workbook.
/// </summary>
public sealed record StatisticsReport(
    string TenantId,
    DateOnly AsOf,
    DateOnly From,
    Guid? OrganizationId,
    OrgCountByType OrgCountByType,
    MemberCount MemberCount,
    IReadOnlyList<Tally> MemberByEmployment,
    Share FemaleShare,
    Share MinorityShare,
    Share CollegeShare,
    Share Under35Share,
    IReadOnlyList<Tally> EducationDistribution,
    AgeDistribution AgeDistribution,
    IReadOnlyList<Tally> OccupationDistribution,
    long MobileMemberCount,
    long LostContactCount,
    NewMembers NewMembers,
    IReadOnlyList<Tally> PipelineCounts,
    SecretaryStaffing SecretaryStaffingRate,
    AgeDistribution SecretaryAgeBands,
    SecretaryProfile SecretaryProfile,
    Share SecretaryIsUnitHeadRate,
    Share OnTimeElectionRate,
    long OverdueTermCount,
    IReadOnlyList<StatisticsTable.Row>? Table = null);

/// <summary>13 书记配备率: organizations with a secretary among the grassroots organizations; the others are vacancies.</summary>
public sealed record SecretaryStaffing(Share Staffed, long Vacancies);

/// <summary>15 书记学历 / 性别 / 一肩挑: the secretaries by sex and education band, and 一肩挑 among village secretaries.</summary>
public sealed record SecretaryProfile(long Secretaries, IReadOnlyList<Tally> ByGender, IReadOnlyList<Tally> ByEducation, Share DualRole);

/// <summary>One value of a breakdown: the value as the API names it, its Chinese name, and how many.</summary>
public sealed record Tally(string Key, string Label, long Count);

/// <summary>1 基层党组织数: by type (PrimaryCommittee, GeneralBranch, Branch), by type and domain, by township.</summary>
public sealed record OrgCountByType(long Total, IReadOnlyList<Tally> ByType, IReadOnlyList<TypeDomainCount> ByTypeAndDomain, IReadOnlyList<Tally> ByTownship);

public sealed record TypeDomainCount(string Type, string? Domain, string Label, long Count);

/// <summary>4 党员总数 / 正式 / 预备.</summary>
public sealed record MemberCount(long Total, long Full, long Probationary);

/// <summary>A part of a whole and its percentage, to one decimal (0 when the whole is empty).</summary>
public sealed record Share(long Count, long Total, decimal Percent)
{
    public static Share Of(long count, long total) => new(count, total, total == 0 ? 0 : Math.Round(100m * count / total, 1, MidpointRounding.AwayFromZero));
}

/// <summary>10 党员年龄结构: the bands of the scheme in use, youngest first, and the average age (one decimal).</summary>
public sealed record AgeDistribution(IReadOnlyList<Tally> Bands, decimal AverageAge);

/// <summary>26 发展党员数及结构: admitted in the period, and the shares of women, minorities, ≤35, 大专以上, farmers and workers.</summary>
public sealed record NewMembers(long Count, Share Female, Share Minority, Share Under35, Share College, Share Farmer, Share Worker);
