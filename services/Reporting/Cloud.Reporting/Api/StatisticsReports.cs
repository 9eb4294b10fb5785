using System.Globalization;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.Statistics;
using static Cloud.Reporting.Data.StatisticsQueries;

namespace Cloud.Reporting.Api;

/// <summary>Puts the statistics queries' counts together as the report: the indicators by identifier, every breakdown named.</summary>
public static class StatisticsReports
{
    public static async Task<StatisticsReport> BuildAsync(ReportingDbContext db, DateOnly day, DateOnly start, Guid? root, CancellationToken cancellationToken)
    {
        var scheme = AgeBandScheme.Members;
        var members = Lookup(await MembersAsync(db, day, root, [.. scheme.UpperAges], cancellationToken));
        var admitted = Lookup(await NewMembersAsync(db, start, day, root, cancellationToken));
        var pipeline = Lookup(await PipelineAsync(db, day, root, cancellationToken));
        var organizations = await OrganizationsAsync(db, day, root, cancellationToken);
        var secretaryScheme = AgeBandScheme.Secretaries;
        var leadership = Lookup(await LeadershipAsync(db, start, day, root, [.. secretaryScheme.UpperAges], cancellationToken));

        var total = members.Sum("Status");
        var newCount = admitted.Get("All", "All");
        var typeDomain = organizations.Where(c => c.Dimension == "TypeDomain" && c.Key is not null).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key.Split('/', 2) is [var type, var domain] ? (Type: type, Domain: domain is "" ? null : domain, c.Count) : (Type: c.Key, Domain: null, c.Count));
        var report = new StatisticsReport(
            db.Tenant.TenantId!,
            day,
            start,
            root,
            new OrgCountByType(
                organizations.Where(c => c.Dimension == "Type").Sum(c => c.Count),
                Tallies(organizations, "Type", StatisticsVocabulary.OrganizationTypes),
                [.. typeDomain.Select(t => new TypeDomainCount(t.Type, t.Domain,
                    $"{StatisticsVocabulary.Name(StatisticsVocabulary.OrganizationTypes, t.Type)}（{StatisticsVocabulary.Name(StatisticsVocabulary.Domains, t.Domain)}）", t.Count))],
                Tallies(organizations, "Township", Unnamed)),
            new MemberCount(total, members.Get("Status", "Full"), members.Get("Status", "Probationary")),
            members.Tallies("Employment", StatisticsVocabulary.Employment),
            Share.Of(members.Get("Gender", "Female"), total),
            Share.Of(members.Get("Minority", "Minority"), total),
            Share.Of(members.Get("Education", "CollegeOrAbove"), total),
            Share.Of(members.Get("Under35", "Under35"), total),
            members.Tallies("Education", StatisticsVocabulary.Education),
            Ages(members, scheme),
            members.Tallies("Occupation", StatisticsVocabulary.Occupations),
            members.Get("Mobile", "Mobile"),
            members.Get("LostContact", "LostContact") + members.Get("LostContact", "Suspended"),
            new NewMembers(
                newCount,
                Share.Of(admitted.Get("Gender", "Female"), newCount),
                Share.Of(admitted.Get("Minority", "Minority"), newCount),
                Share.Of(admitted.Get("Under35", "Under35"), newCount),
                Share.Of(admitted.Get("Education", "CollegeOrAbove"), newCount),
                Share.Of(admitted.Get("Occupation", "FarmerHerderFisher"), newCount),
                Share.Of(admitted.Get("Occupation", "Worker"), newCount)),
            [.. StatisticsVocabulary.Stages.Select(stage => new Tally(stage.Key, stage.Value, pipeline.Get("Stage", stage.Key)))],
            new SecretaryStaffing(Share.Of(leadership.Get("Staffed", "All"), leadership.Get("Organizations", "All")), leadership.Get("Organizations", "All") - leadership.Get("Staffed", "All")),
            Ages(leadership, secretaryScheme),
            new SecretaryProfile(
                leadership.Get("Secretaries", "All"),
                leadership.Tallies("Gender", StatisticsVocabulary.Genders),
                leadership.Tallies("Education", StatisticsVocabulary.Education),
                Share.Of(leadership.Get("DualRole", "All"), leadership.Get("VillageSecretaries", "All"))),
            Share.Of(leadership.Get("UnitHead", "All"), leadership.Get("Secretaries", "All")),
            Share.Of(leadership.Get("TermsOnTime", "All"), leadership.Get("TermsDue", "All")),
            leadership.Get("OverdueTerms", "All"));
        return report with { Table = StatisticsTable.Rows(report) };
    }

    private static readonly Dictionary<string, string> Unnamed = [];

    // The bands of a scheme from "AgeBand" cells, and the average age from "AgeSum" over those whose age is known.
    private static AgeDistribution Ages(Cells cells, AgeBandScheme scheme)
    {
        var bands = scheme.Labels.Select((label, index) => new Tally(Invariant(index), label, cells.Get("AgeBand", Invariant(index)))).ToList();
        var known = bands.Sum(b => b.Count);
        return new(bands, known == 0 ? 0 : Math.Round((decimal)cells.Get("AgeSum", "All") / known, 1, MidpointRounding.AwayFromZero));
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The counts of one dimension, largest first, ties by key: the same figures always read the same.</summary>
    private static List<Tally> Tallies(IEnumerable<Cell> cells, string dimension, IReadOnlyDictionary<string, string> names) =>
        [.. cells.Where(c => c.Dimension == dimension && c.Key is not null)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Tally(c.Key, StatisticsVocabulary.Name(names, c.Key), c.Count))];

    private static Cells Lookup(List<Cell> cells) => new(cells);

    private sealed class Cells(List<Cell> cells)
    {
        private readonly Dictionary<(string, string), long> _byKey = cells.Where(c => c.Key is not null).ToDictionary(c => (c.Dimension, c.Key), c => c.Count);

        public long Get(string dimension, string key) => _byKey.GetValueOrDefault((dimension, key));

        public long Sum(string dimension) => cells.Where(c => c.Dimension == dimension).Sum(c => c.Count);

        public List<Tally> Tallies(string dimension, IReadOnlyDictionary<string, string> names) => StatisticsReports.Tallies(cells, dimension, names);
    }
}
