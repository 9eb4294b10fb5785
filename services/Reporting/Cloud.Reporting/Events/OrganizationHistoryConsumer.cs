using Cloud.Contracts;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.History;
using MassTransit;
using Npgsql;
using static Cloud.Reporting.Data.HistoryTables;

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

    public Task Consume(ConsumeContext<OrganizationRegistered> context)
    {
        var e = context.Message;
        var since = e.EffectiveFrom ?? CountyCalendar.DateOf(e.OccurredAt);
        return ChangeAsync(db, e.OrganizationId,
        [
            Command(
                $"""
                INSERT INTO {OrganizationRecords} (tenant_id, organization_id, type, kind, domain, township, established_on)
                VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING
                """,
                County, e.OrganizationId, e.Type, e.Kind, e.Domain, e.Township, since),
            Change(e.EventId, OrganizationAspect.Name, e.OrganizationId, since, e.OccurredAt, e.Name),
            Change(e.EventId, OrganizationAspect.Parent, e.OrganizationId, since, e.OccurredAt, ParentValue(e.ParentOrganizationId)),
            Change(e.EventId, OrganizationAspect.Status, e.OrganizationId, since, e.OccurredAt, e.Status ?? Active),
        ], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationRenamed> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.OrganizationId, [Change(e.EventId, OrganizationAspect.Name, e.OrganizationId, e.EffectiveOn, e.OccurredAt, e.NewName)], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationMoved> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.OrganizationId,
            [Change(e.EventId, OrganizationAspect.Parent, e.OrganizationId, e.EffectiveOn, e.OccurredAt, ParentValue(e.NewParentOrganizationId))], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationStatusChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.OrganizationId, [Change(e.EventId, OrganizationAspect.Status, e.OrganizationId, e.EffectiveOn, e.OccurredAt, e.NewStatus)], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OrganizationDissolved> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.OrganizationId, [Change(e.EventId, OrganizationAspect.Status, e.OrganizationId, e.EffectiveOn, e.OccurredAt, Dissolved)], Versions, context.CancellationToken);
    }

    private static readonly (string, string, bool)[] Versions = [(OrganizationChanges, "organization_id", true)];

    private string County => db.Tenant.TenantId!;

    private static string ParentValue(Guid? parent) => parent?.ToString("N") ?? string.Empty;

    private NpgsqlBatchCommand Change(Guid eventId, string aspect, Guid organizationId, DateOnly validFrom, DateTimeOffset occurredAt, string value) =>
        Command(
            $"""
            INSERT INTO {OrganizationChanges} (tenant_id, event_id, aspect, organization_id, valid_from, occurred_at, value)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING
            """,
            County, eventId, aspect, organizationId, validFrom, occurredAt, value);
}
