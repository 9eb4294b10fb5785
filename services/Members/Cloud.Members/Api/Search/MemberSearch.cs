using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Search;

/// <summary>
/// Builds the member searches: the subtree (a path of the tree copy, GiST-indexed), the filters, keyset pages ordered by
/// (name, id), and the grouped count every facet is summed from. The endpoints and the benchmark both go through it.
/// </summary>
public sealed class MemberSearch(MembersDbContext db)
{
    /// <summary>
    /// The path of the subtree to search: the organization asked for, if the caller may see it; else the caller's scope;
    /// null for the whole county (county-wide callers only). <see cref="SearchRoot.Refused"/> when the organization asked
    /// for is outside the caller's scope or unknown.
    /// </summary>
    public async Task<SearchRoot> RootAsync(ClaimsPrincipal user, Guid? organizationId, CancellationToken cancellationToken)
    {
        var scope = user.OrganizationScope();
        if ((organizationId ?? scope) is not { } id)
        {
            return SearchRoot.County;
        }

        var path = await db.OrganizationsVisibleTo(user).Where(o => o.OrganizationId == id).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        // A scope the copy does not know yet holds nothing: its own label as the path finds only what is under it.
        return path is not null ? new SearchRoot(path) : organizationId is null ? new SearchRoot(id.ToString("N")) : SearchRoot.Refused;
    }

    /// <summary>The members in <paramref name="rootPath"/>'s subtree (the county when null) that pass every filter.</summary>
    public IQueryable<PartyMember> Matching(MemberSearchFilter filter, string? rootPath, DateOnly today)
    {
        var members = db.Members.AsNoTracking().Where(m => m.State == filter.State);
        if (rootPath is not null)
        {
            var subtree = db.Organizations.FromSql($"SELECT o.* FROM organization_tree o WHERE o.path <@ {rootPath}::ltree");
            members = members.Where(m => subtree.Any(o => o.OrganizationId == m.OrganizationId));
        }

        if (filter.Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        if (filter.Gender is { } gender)
        {
            members = members.Where(m => m.Gender == gender);
        }

        if (filter.EthnicityGroup is { } group)
        {
            members = group == EthnicityGroup.Han ? members.Where(m => m.Ethnicity == Ethnicities.Han) : members.Where(m => m.Ethnicity != Ethnicities.Han);
        }

        if (filter.EducationBand is { } band)
        {
            var levels = Enum.GetValues<EducationLevel>().Where(l => l.Band() == band).ToList();
            members = members.Where(m => levels.Contains(m.Education));
        }

        if (filter.AgeBand is { } ageBand)
        {
            var (bornAfter, bornOnOrBefore) = AgeBands.BirthDates(ageBand, today);
            members = bornAfter is { } after ? members.Where(m => m.BirthDate > after) : members;
            members = bornOnOrBefore is { } before ? members.Where(m => m.BirthDate <= before) : members;
        }

        if (filter.Occupation is { } occupation)
        {
            members = members.Where(m => m.Occupation == occupation);
        }

        return filter.EmploymentStatus is { } employment ? members.Where(m => m.EmploymentStatus == employment) : members;
    }

    /// <summary>Up to <paramref name="limit"/> members after <paramref name="after"/> in (name, id) order, masked.</summary>
    public async Task<MemberSearchPage> PageAsync(
        MemberSearchFilter filter, string? rootPath, SearchCursor? after, int limit, DateOnly today, CancellationToken cancellationToken)
    {
        var members = Matching(filter, rootPath, today);
        if (after is not null)
        {
            members = members.Where(m => EF.Functions.GreaterThan(ValueTuple.Create(m.Name, m.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var rows = await members.OrderBy(m => m.Name).ThenBy(m => m.Id).Take(limit + 1)
            .Select(m => new MemberSearchRow(
                m.Id, m.Name, m.NationalIdMasked, m.Gender, m.Ethnicity, m.BirthDate, m.Education, m.Occupation, m.EmploymentStatus, m.Status,
                m.ConfirmedOn, m.OrganizationId, db.Organizations.Where(o => o.OrganizationId == m.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                m.IsLeadingCadre))
            .ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new SearchCursor(rows[limit - 1].Name, rows[limit - 1].Id).Encode() : null;
        return new MemberSearchPage([.. rows.Take(limit).Select(r => MemberListItem.From(r, today))], next);
    }

    /// <summary>One grouped count over the matching members; every facet and the total are sums of its cells.</summary>
    public async Task<MemberSearchCounts> CountsAsync(MemberSearchFilter filter, string? rootPath, DateOnly today, CancellationToken cancellationToken)
    {
        var underThirtyFive = AgeBands.YoungerThanIfBornAfter(35, today);
        var underSixty = AgeBands.YoungerThanIfBornAfter(60, today);
        var cells = await Matching(filter, rootPath, today)
            .GroupBy(m => new
            {
                m.Status,
                m.Gender,
                IsMinority = m.Ethnicity != Ethnicities.Han,
                m.Education,
                AgeBand = m.BirthDate > underThirtyFive ? AgeBand.UnderThirtyFive : m.BirthDate > underSixty ? AgeBand.ThirtyFiveToFiftyNine : AgeBand.SixtyOrOver,
                m.Occupation,
                m.EmploymentStatus,
            })
            .Select(g => new MemberCountCell(g.Key.Status, g.Key.Gender, g.Key.IsMinority, g.Key.Education, g.Key.AgeBand, g.Key.Occupation, g.Key.EmploymentStatus, g.Count()))
            .ToListAsync(cancellationToken);
        return MemberSearchCounts.From(cells);
    }
}
