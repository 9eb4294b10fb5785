using Cloud.Contracts.Organizations;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Events;

/// <summary>The events of leadership changes (terms, posts, secretary vacancies), one per change; members by id only.</summary>
public static class LeadershipEvents
{
    public static void Publish(OrganizationsDbContext db, LeadershipChange change, DateTimeOffset now)
    {
        var tenant = db.Tenant.TenantId!;
        var id = Guid.CreateVersion7(now);
        switch (change.Kind)
        {
            case LeadershipChangeKind.TermStarted:
                var started = change.Term!;
                db.Publish(new TermStarted(tenant, id, now, started.OrganizationId, started.Id, started.TermNumber, started.StartedOn, started.PlannedEndOn, started.TermLengthYears, started.EarlyElection));
                break;
            case LeadershipChangeKind.TermExtended:
                var extended = change.Term!;
                db.Publish(new TermExtended(tenant, id, now, extended.OrganizationId, extended.Id, extended.ExtensionApprovedUntil!.Value, extended.ExtensionApprovedOn!.Value));
                break;
            case LeadershipChangeKind.TermApprovalRecorded:
                var approved = change.Term!;
                db.Publish(new TermApprovalRecorded(tenant, id, now, approved.OrganizationId, approved.Id, approved.SuperiorApprovalOn, approved.FilingOn));
                break;
            case LeadershipChangeKind.TermClosed:
                var closed = change.Term!;
                db.Publish(new TermClosed(tenant, id, now, closed.OrganizationId, closed.Id, closed.ClosedOn!.Value));
                break;
            case LeadershipChangeKind.PositionAssigned:
                var assigned = change.Position!;
                db.Publish(new PositionAssigned(tenant, id, now, assigned.OrganizationId, assigned.Id, assigned.TermId, assigned.MemberId, assigned.Role.ToString(), assigned.Source.ToString(), assigned.StartedOn,
                    assigned.IsDualRole, assigned.HeadsHostUnit));
                break;
            case LeadershipChangeKind.PositionEnded:
                var ended = change.Position!;
                db.Publish(new PositionEnded(tenant, id, now, ended.OrganizationId, ended.Id, ended.MemberId, ended.Role.ToString(), ended.EndReason!.Value.ToString(), ended.EndedOn!.Value));
                break;
            case LeadershipChangeKind.SecretaryVacancyOpened:
                var opened = change.Vacancy!;
                db.Publish(new SecretaryVacancyOpened(tenant, id, now, opened.OrganizationId, opened.VacantSince));
                break;
            case LeadershipChangeKind.SecretaryVacancyFilled:
                var filled = change.Vacancy!;
                db.Publish(new SecretaryVacancyFilled(tenant, id, now, filled.OrganizationId, filled.VacantSince, filled.FilledOn!.Value, filled.FilledBy!.Value.ToString()));
                break;
            default:
                throw new InvalidOperationException($"No event for {change.Kind}.");
        }
    }
}
