using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;
using Cloud.Organizations.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

/// <summary>
/// The leadership of many organizations at once, in one query: pass the organizations (e.g. <c>db.VisibleTo(user)</c>,
/// filtered further) and get a <see cref="LeadershipFact"/> each — current state, with statuses and days as of <c>asOf</c>.
/// </summary>
public static class LeadershipFacts
{
    public static async Task<IReadOnlyList<LeadershipFact>> LeadershipFactsAsync(
        this OrganizationsDbContext db, IQueryable<Organization> organizations, DateOnly asOf, CountySettings settings, CancellationToken cancellationToken)
    {
        var rows = await organizations.AsNoTracking().Select(o => new
        {
            o.Id,
            o.Name,
            o.Type,
            o.Domain,
            o.Status,
            o.RegisteredAt,
            Term = db.Terms.Where(t => t.OrganizationId == o.Id && t.ClosedOn == null)
                .Select(t => new { t.Id, t.TermNumber, t.StartedOn, t.PlannedEndOn, t.ExtensionApprovedUntil, t.ExtensionApprovedOn })
                .FirstOrDefault(),
            SecretaryMemberId = db.CommitteePositions
                .Where(p => p.OrganizationId == o.Id && p.EndedOn == null && p.Role == PositionRole.Secretary)
                .Select(p => (Guid?)p.MemberId).FirstOrDefault(),
            OpenVacancySince = db.SecretaryVacancies.Where(v => v.OrganizationId == o.Id && v.FilledOn == null)
                .Select(v => (DateOnly?)v.VacantSince).FirstOrDefault(),
            EverHadSecretary = db.CommitteePositions.Any(p => p.OrganizationId == o.Id && p.Role == PositionRole.Secretary),
            // Committee posts are all but group leaders and the cadres sent from above (PositionRoles.IsCommittee).
            CommitteeSize = db.CommitteePositions
                .Where(p => p.OrganizationId == o.Id && p.EndedOn == null && p.Role != PositionRole.GroupLeader
                    && p.Role != PositionRole.FirstSecretary && p.Role != PositionRole.PartyBuildingInstructor)
                .Select(p => p.MemberId).Distinct().Count(),
        }).ToListAsync(cancellationToken);

        return [.. rows.Select(row =>
        {
            var vacantSince = SecretaryVacancyRule.VacantSince(
                row.Type, row.Status, row.RegisteredAt, row.OpenVacancySince, row.SecretaryMemberId is not null, row.EverHadSecretary);
            var status = row.Term is { } term
                ? TermStatusRule.StatusOn(asOf, term.PlannedEndOn, term.ExtensionApprovedUntil, term.ExtensionApprovedOn, closedOn: null, settings.TermDueSoonMonths)
                : (TermStatus?)null;
            return new LeadershipFact(
                row.Id, row.Name, row.Type, row.Domain, row.Term?.Id, row.Term?.TermNumber, status, row.Term?.StartedOn, row.Term?.PlannedEndOn,
                row.Term?.ExtensionApprovedUntil, row.SecretaryMemberId, vacantSince, vacantSince is { } since ? Math.Max(0, asOf.DayNumber - since.DayNumber) : null,
                row.CommitteeSize);
        })];
    }
}
