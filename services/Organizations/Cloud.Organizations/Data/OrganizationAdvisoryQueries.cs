using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Advisories;
using Cloud.Organizations.Domain.Leadership;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

/// <summary>The advisories of many organizations at once: their leadership (one query) and member counts (one query) through the rules.</summary>
public static class OrganizationAdvisoryQueries
{
    public static async Task<IReadOnlyList<OrganizationAdvisory>> AdvisoriesAsync(
        this OrganizationsDbContext db, IQueryable<Organization> organizations, DateOnly today, CancellationToken cancellationToken)
    {
        var settings = await db.CountySettingsAsync(cancellationToken);
        var thresholds = new AdvisoryThresholds(
            settings.JointBranchBelowFullMembers, settings.GeneralBranchAboveMembers, settings.CommitteeRequiredFullMembers,
            settings.VillageCommitteeMembers, settings.SecretaryVacancyAdvisoryDays);
        var live = organizations.Where(o => o.Status != OrganizationStatus.Dissolved);
        var leadership = await db.LeadershipFactsAsync(live, today, settings, cancellationToken);
        var counts = await db.MemberCounts.AsNoTracking()
            .Where(c => live.Select(o => o.Id).Contains(c.OrganizationId))
            .ToDictionaryAsync(c => c.OrganizationId, cancellationToken);

        return [.. leadership.SelectMany(fact =>
        {
            var count = counts.GetValueOrDefault(fact.OrganizationId);
            var facts = new OrganizationFacts(
                fact.OrganizationId, fact.Type, fact.Domain, OrganizationStatus.Active, count?.FullMembers, count?.Total,
                fact.HasCommittee, fact.TermStatus == TermStatus.Overdue, fact.ExtendedUntil ?? fact.PlannedEndOn, fact.VacantSince);
            return OrganizationAdvisories.For(facts, thresholds, today).Select(a => new OrganizationAdvisory(fact.Name, a));
        })];
    }
}
