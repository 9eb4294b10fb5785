using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Search;

/// <summary>
/// Builds the member searches: the subtree within the caller's scope (paths of the tree copy, GiST-indexed), the filters,
/// keyset pages ordered by (name, id), and the grouped count every facet is summed from, each in one statement. The
/// endpoints and the benchmark both go through it.
/// </summary>
public sealed class MemberSearch(MembersDbContext db)
{
    /// <summary>
    /// The members under <paramref name="organizationId"/> (the caller's scope, or the whole county, when null) that pass
    /// every filter. An organization not within the caller's scope (beside or above it), or unknown, has no members here:
    /// the answer is empty, as for an empty subtree, so a search never tells whether an organization the caller may not see exists.
    /// </summary>
    public IQueryable<PartyMember> Matching(ClaimsPrincipal user, Guid? organizationId, MemberSearchFilter filter, DateOnly today)
    {
        var members = Filtered(filter, today);
        return SubtreeOf(user, organizationId) is { } subtree ? members.Where(m => subtree.Any(o => o.OrganizationId == m.OrganizationId)) : members;
    }

    private IQueryable<OrganizationNode>? SubtreeOf(ClaimsPrincipal user, Guid? organizationId) =>
        Subtree(organizationId ?? user.OrganizationScope(), user.OrganizationScope());

    private IQueryable<PartyMember> Filtered(MemberSearchFilter filter, DateOnly today)
    {
        var members = db.Members.AsNoTracking().Where(m => m.State == filter.State);
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

        if (filter.Mobile is { } mobile)
        {
            var away = db.MobileRecords.Where(r => r.EndedOn == null).Select(r => r.MemberId);
            members = mobile ? members.Where(m => away.Contains(m.Id)) : members.Where(m => !away.Contains(m.Id));
        }

        if (filter.NamePrefix is { } prefix)
        {
            // The range keeps the (tenant, name, id) index usable under a C.UTF-8 collation, where LIKE alone cannot use it;
            // StartsWith says what is meant and decides at the range's edge.
            var beyond = prefix + char.ConvertFromUtf32(0x10FFFF);
            members = members.Where(m => m.Name.CompareTo(prefix) >= 0 && m.Name.CompareTo(beyond) < 0 && m.Name.StartsWith(prefix));
        }

        return filter.EmploymentStatus is { } employment ? members.Where(m => m.EmploymentStatus == employment) : members;
    }

    /// <summary>The organizations under <paramref name="root"/> if it lies within <paramref name="scope"/>, none otherwise; in the members' statement (GiST on path).</summary>
    private IQueryable<OrganizationNode>? Subtree(Guid? root, Guid? scope) => (root, scope) switch
    {
        (null, _) => null,
        ({ } r, null) => db.Organizations.FromSql(
            $"SELECT o.* FROM organization_tree o WHERE o.path <@ (SELECT r.path FROM organization_tree r WHERE r.organization_id = {r})"),
        ({ } r, { } s) => db.Organizations.FromSql(
            $"""
            SELECT o.* FROM organization_tree o
            WHERE o.path <@ (SELECT r.path FROM organization_tree r WHERE r.organization_id = {r}
                               AND r.path <@ (SELECT s.path FROM organization_tree s WHERE s.organization_id = {s}))
            """),
    };

    /// <summary>Up to <paramref name="limit"/> members after <paramref name="after"/> in (name, id) order, masked.</summary>
    public async Task<MemberSearchPage> PageAsync(
        ClaimsPrincipal user, Guid? organizationId, MemberSearchFilter filter, SearchCursor? after, int limit, DateOnly today, CancellationToken cancellationToken)
    {
        var members = Filtered(filter, today);
        if (after is not null)
        {
            members = members.Where(m => EF.Functions.GreaterThan(ValueTuple.Create(m.Name, m.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        // Under a subtree, one join both keeps the members there and names their organization (as a hand-written query would);
        // county-wide, every member shows, its organization named if the tree copy has it.
        var named = SubtreeOf(user, organizationId) is { } subtree
            ? members.Join(subtree, m => m.OrganizationId, o => o.OrganizationId, (m, o) => new { Member = m, OrganizationName = (string?)o.Name })
            : members.Select(m => new { Member = m, OrganizationName = db.Organizations.Where(o => o.OrganizationId == m.OrganizationId).Select(o => (string?)o.Name).FirstOrDefault() });
        var rows = await named.OrderBy(x => x.Member.Name).ThenBy(x => x.Member.Id).Take(limit + 1)
            .Select(x => new MemberSearchRow(
                x.Member.Id, x.Member.Name, x.Member.NationalIdMasked, x.Member.Gender, x.Member.Ethnicity, x.Member.BirthDate, x.Member.Education, x.Member.Occupation,
                x.Member.EmploymentStatus, x.Member.Status, x.Member.ConfirmedOn, x.Member.OrganizationId, x.OrganizationName, x.Member.IsLeadingCadre))
            .ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new SearchCursor(rows[limit - 1].Name, rows[limit - 1].Id).Encode() : null;
        return new MemberSearchPage([.. rows.Take(limit).Select(r => MemberListItem.From(r, today))], next);
    }

    /// <summary>One grouped count over the matching members; every facet and the total are sums of its cells.</summary>
    public async Task<MemberSearchCounts> CountsAsync(ClaimsPrincipal user, Guid? organizationId, MemberSearchFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var underThirtyFive = AgeBands.YoungerThanIfBornAfter(35, today);
        var underSixty = AgeBands.YoungerThanIfBornAfter(60, today);
        var cells = await Matching(user, organizationId, filter, today)
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
