using Cloud.Contracts;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.History;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>
/// Keeps the tree's history from the Organizations events: what an organization is (type, kind, domain, township) and,
/// dated by their effective dates, its names, parents and statuses. A merge arrives as the source's children moving and
/// the source dissolving; a split as new registrations and the source dissolving; so these two need nothing of their own.
/// </summary>
public sealed class OrganizationHistoryConsumer(ReportingDbContext db) :
    IConsumer<OrganizationRegistered>,
    IConsumer<OrganizationRenamed>,
    IConsumer<OrganizationMoved>,
    IConsumer<OrganizationStatusChanged>,
    IConsumer<OrganizationDissolved>
{
    public const string Active = "Active";
    public const string Dissolved = "Dissolved";

    public async Task Consume(ConsumeContext<OrganizationRegistered> context)
    {
        var e = context.Message;
        var since = e.EffectiveFrom ?? CountyCalendar.DateOf(e.OccurredAt);
        await ChangeAsync(e.OrganizationId, async ct =>
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO organization_records (tenant_id, organization_id, type, kind, domain, township, established_on)
                VALUES ({db.Tenant.TenantId}, {e.OrganizationId}, {e.Type}, {e.Kind}, {e.Domain}, {e.Township}, {since})
                ON CONFLICT DO NOTHING
                """, ct);
            await AddAsync(e.EventId, OrganizationAspect.Name, e.OrganizationId, since, e.OccurredAt, e.Name, ct);
            await AddAsync(e.EventId, OrganizationAspect.Parent, e.OrganizationId, since, e.OccurredAt, ParentValue(e.ParentOrganizationId), ct);
            await AddAsync(e.EventId, OrganizationAspect.Status, e.OrganizationId, since, e.OccurredAt, e.Status ?? Active, ct);
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationRenamed> context)
    {
        var e = context.Message;
        return ChangeAsync(e.OrganizationId, ct => AddAsync(e.EventId, OrganizationAspect.Name, e.OrganizationId, e.EffectiveOn, e.OccurredAt, e.NewName, ct), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationMoved> context)
    {
        var e = context.Message;
        return ChangeAsync(e.OrganizationId, ct => AddAsync(e.EventId, OrganizationAspect.Parent, e.OrganizationId, e.EffectiveOn, e.OccurredAt, ParentValue(e.NewParentOrganizationId), ct), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationStatusChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(e.OrganizationId, ct => AddAsync(e.EventId, OrganizationAspect.Status, e.OrganizationId, e.EffectiveOn, e.OccurredAt, e.NewStatus, ct), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationDissolved> context)
    {
        var e = context.Message;
        return ChangeAsync(e.OrganizationId, ct => AddAsync(e.EventId, OrganizationAspect.Status, e.OrganizationId, e.EffectiveOn, e.OccurredAt, Dissolved, ct), context.CancellationToken);
    }

    private static string ParentValue(Guid? parent) => parent?.ToString("N") ?? string.Empty;

    private async Task ChangeAsync(Guid subject, Func<CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        await HistoryTables.LockSubjectAsync(db, subject, cancellationToken);
        await change(cancellationToken);
        await HistoryTables.CloseVersionsAsync(db, HistoryTables.OrganizationChanges, "organization_id", subject, byAspect: true, cancellationToken);
    }

    private Task<int> AddAsync(Guid eventId, string aspect, Guid organizationId, DateOnly validFrom, DateTimeOffset occurredAt, string value, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO organization_history (tenant_id, event_id, aspect, organization_id, valid_from, occurred_at, value)
            VALUES ({db.Tenant.TenantId}, {eventId}, {aspect}, {organizationId}, {validFrom}, {occurredAt}, {value})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
}
