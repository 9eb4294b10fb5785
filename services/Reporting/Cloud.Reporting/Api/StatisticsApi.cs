using System.Security.Claims;
using Cloud.Contracts;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.Statistics;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using static Cloud.Reporting.Data.StatisticsQueries;

namespace Cloud.Reporting.Api;

public static class StatisticsApi
{
    /// <summary>The earliest day statistics can be asked for.</summary>
    public static readonly DateOnly Earliest = new(1949, 10, 1);

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/statistics", GetStatistics).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    /// <summary>
    /// The indicators of the county, or of the subtree under <paramref name="organizationId"/>, as of <paramref name="asOf"/>
    /// (default today), with flows (new members) from <paramref name="from"/> (default 1 January of that year). A scoped
    /// user gets its own subtree and may narrow it, never widen it.
    /// </summary>
    public static async Task<Results<Ok<StatisticsReport>, ValidationProblem, ForbidHttpResult>> GetStatistics(
        DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, ReportingDbContext db, IOrganizationScope scopes,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var day = asOf ?? CountyCalendar.Today(clock);
        var start = from ?? new DateOnly(day.Year, 1, 1);
        var validation = new Validation();
        if (day < Earliest)
        {
            validation.Add("asOf", $"统计日期不能早于 {Earliest:yyyy-MM-dd}");
        }

        if (start > day)
        {
            validation.Add("from", "统计期开始日期不能晚于统计日期");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (organizationId is { } requested && !await user.MayActOnAsync(requested, scopes, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var root = organizationId ?? user.OrganizationScope();
        var scheme = AgeBandScheme.Members;
        var members = Lookup(await MembersAsync(db, day, root, [.. scheme.UpperAges], cancellationToken));
        var admitted = Lookup(await NewMembersAsync(db, start, day, root, cancellationToken));
        var pipeline = Lookup(await PipelineAsync(db, day, root, cancellationToken));
        var organizations = await OrganizationsAsync(db, day, root, cancellationToken);

        var total = members.Sum("Status");
        var newCount = admitted.Get("All", "All");
        return TypedResults.Ok(new StatisticsReport(
            db.Tenant.TenantId!,
            day,
            start,
            root,
            new OrgCountByType(
                organizations.Where(c => c.Dimension == "Type").Sum(c => c.Count),
                Ordered(organizations, "Type"),
                [.. organizations.Where(c => c.Dimension == "TypeDomain").OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key.Split('/', 2) is [var type, var domain]
                    ? new TypeDomainCount(type, domain is "" ? null : domain, c.Count)
                    : new TypeDomainCount(c.Key, null, c.Count))],
                Ordered(organizations, "Township")),
            new MemberCount(total, members.Get("Status", "Full"), members.Get("Status", "Probationary")),
            members.Of("Employment"),
            Share.Of(members.Get("Gender", "Female"), total),
            Share.Of(members.Get("Minority", "Minority"), total),
            Share.Of(members.Get("Education", "CollegeOrAbove"), total),
            Share.Of(members.Get("Under35", "Under35"), total),
            new AgeDistribution(
                [.. scheme.Labels.Select((label, index) => new BandCount(label, members.Get("AgeBand", index.ToString(System.Globalization.CultureInfo.InvariantCulture))))],
                total == 0 ? 0 : Math.Round((decimal)members.Get("AgeSum", "All") / total, 1, MidpointRounding.AwayFromZero)),
            members.Of("Occupation"),
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
            new Dictionary<string, long>
            {
                ["Applicant"] = pipeline.Get("Stage", "Applicant"),
                ["Activist"] = pipeline.Get("Stage", "Activist"),
                ["Candidate"] = pipeline.Get("Stage", "Candidate"),
            }));
    }

    private static Cells Lookup(List<Cell> cells) => new(cells);

    /// <summary>The counts of one dimension, largest first, ties by key: the same figures always read the same.</summary>
    private static Dictionary<string, long> Ordered(IEnumerable<Cell> cells, string dimension) =>
        cells.Where(c => c.Dimension == dimension && c.Key is not null)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count);

    private sealed class Cells(List<Cell> cells)
    {
        private readonly Dictionary<(string, string), long> _byKey = cells.Where(c => c.Key is not null).ToDictionary(c => (c.Dimension, c.Key), c => c.Count);

        public long Get(string dimension, string key) => _byKey.GetValueOrDefault((dimension, key));

        public long Sum(string dimension) => cells.Where(c => c.Dimension == dimension).Sum(c => c.Count);

        public Dictionary<string, long> Of(string dimension) => Ordered(cells, dimension);
    }
}
