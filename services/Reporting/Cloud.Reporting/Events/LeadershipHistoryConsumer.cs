using Cloud.Contracts.Organizations;
using Cloud.Reporting.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>
/// Keeps positions and terms from the Organizations leadership events. Each statement fills only the columns its event
/// knows, so the start and the end of a position (or a term) may arrive in either order and give the same row.
/// </summary>
public sealed class LeadershipHistoryConsumer(ReportingDbContext db) :
    IConsumer<PositionAssigned>,
    IConsumer<PositionEnded>,
    IConsumer<TermStarted>,
    IConsumer<TermExtended>,
    IConsumer<TermClosed>
{
    public Task Consume(ConsumeContext<PositionAssigned> context)
    {
        var e = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO position_records (tenant_id, position_id, organization_id, member_id, role, started_on, is_dual_role, heads_host_unit)
            VALUES ({db.Tenant.TenantId}, {e.PositionId}, {e.OrganizationId}, {e.MemberId}, {e.Role}, {e.StartedOn}, {e.IsDualRole ?? false}, {e.HeadsHostUnit ?? false})
            ON CONFLICT (tenant_id, position_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, member_id = EXCLUDED.member_id,
                role = EXCLUDED.role, started_on = EXCLUDED.started_on, is_dual_role = EXCLUDED.is_dual_role, heads_host_unit = EXCLUDED.heads_host_unit
            """,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<PositionEnded> context)
    {
        var e = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO position_records (tenant_id, position_id, organization_id, member_id, role, ended_on, is_dual_role, heads_host_unit)
            VALUES ({db.Tenant.TenantId}, {e.PositionId}, {e.OrganizationId}, {e.MemberId}, {e.Role}, {e.EndedOn}, false, false)
            ON CONFLICT (tenant_id, position_id) DO UPDATE SET ended_on = EXCLUDED.ended_on
            """,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TermStarted> context)
    {
        var e = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO term_records (tenant_id, term_id, organization_id, term_number, started_on, planned_end_on)
            VALUES ({db.Tenant.TenantId}, {e.TermId}, {e.OrganizationId}, {e.TermNumber}, {e.StartedOn}, {e.PlannedEndOn})
            ON CONFLICT (tenant_id, term_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, term_number = EXCLUDED.term_number,
                started_on = EXCLUDED.started_on, planned_end_on = EXCLUDED.planned_end_on
            """,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TermExtended> context)
    {
        var e = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO term_records (tenant_id, term_id, organization_id, term_number, extended_until)
            VALUES ({db.Tenant.TenantId}, {e.TermId}, {e.OrganizationId}, 0, {e.ExtendedUntil})
            ON CONFLICT (tenant_id, term_id) DO UPDATE SET extended_until = EXCLUDED.extended_until
            """,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TermClosed> context)
    {
        var e = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO term_records (tenant_id, term_id, organization_id, term_number, closed_on)
            VALUES ({db.Tenant.TenantId}, {e.TermId}, {e.OrganizationId}, 0, {e.ClosedOn})
            ON CONFLICT (tenant_id, term_id) DO UPDATE SET closed_on = EXCLUDED.closed_on
            """,
            context.CancellationToken);
    }
}
