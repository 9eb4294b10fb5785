using Cloud.Contracts;
using Cloud.Contracts.Members;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.History;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>
/// Keeps each member's statistical history from the Members events: a facts version per event that carries facts, dated
/// by the day the change took effect, and the roll, mobility and lost-contact changes. Runs inside the inbox transaction
/// with the event's county (a redelivery is a no-op); the member's versions are reordered by day after each insert, so
/// events arriving late or out of order leave the same history.
/// </summary>
public sealed class MemberHistoryConsumer(ReportingDbContext db) :
    IConsumer<MemberRegistered>,
    IConsumer<MemberStatusChanged>,
    IConsumer<MemberTransferred>,
    IConsumer<MemberFactsChanged>,
    IConsumer<MobileStatusChanged>,
    IConsumer<LostContactChanged>
{
    public async Task Consume(ConsumeContext<MemberRegistered> context)
    {
        var e = context.Message;
        // A record imported or registered by hand brings its history: the member counted from admission on. One created by
        // a transfer in (same transaction, so the same OccurredAt as its MemberTransferred In) counts from the transfer.
        var since = e.Facts.AdmissionApprovedOn ?? CountyCalendar.DateOf(e.OccurredAt);
        await ChangeAsync(e.MemberId, async ct =>
        {
            await AddFactsAsync(e.EventId, e.MemberId, since, e.OccurredAt, e.Facts, ct);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO member_state_history (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
                SELECT {db.Tenant.TenantId}, {e.EventId}, {MemberStateAspect.Roll}, {e.MemberId}, {since}, {e.OccurredAt}, {nameof(MemberRegistered)}, {MemberStateAspect.On}
                WHERE NOT EXISTS (SELECT 1 FROM member_state_history t WHERE t.member_id = {e.MemberId} AND t.aspect = {MemberStateAspect.Roll}
                                  AND t.source = {TransferIn} AND t.occurred_at = {e.OccurredAt})
                ON CONFLICT DO NOTHING
                """, ct);
        }, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<MemberStatusChanged> context)
    {
        var e = context.Message;
        await ChangeAsync(e.MemberId, async ct =>
        {
            await AddFactsAsync(e.EventId, e.MemberId, e.DecidedOn, e.OccurredAt, e.Facts, ct);
            if (e.OldState != e.NewState)
            {
                await AddStateAsync(e.EventId, MemberStateAspect.Roll, e.MemberId, e.DecidedOn, e.OccurredAt, nameof(MemberStatusChanged),
                    e.NewState == CurrentState ? MemberStateAspect.On : MemberStateAspect.Off, ct);
            }
        }, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<MemberTransferred> context)
    {
        var e = context.Message;
        await ChangeAsync(e.MemberId, async ct =>
        {
            await AddFactsAsync(e.EventId, e.MemberId, e.TransferredOn, e.OccurredAt, e.Facts, ct);
            if (e.Direction == "In")
            {
                await AddStateAsync(e.EventId, MemberStateAspect.Roll, e.MemberId, e.TransferredOn, e.OccurredAt, TransferIn, MemberStateAspect.On, ct);
                // The registration that came with this transfer does not date the member back to their admission.
                await db.MemberStates
                    .Where(s => s.MemberId == e.MemberId && s.Aspect == MemberStateAspect.Roll && s.Source == nameof(MemberRegistered) && s.OccurredAt == e.OccurredAt)
                    .ExecuteDeleteAsync(ct);
            }
            else if (e.Direction == "Out")
            {
                await AddStateAsync(e.EventId, MemberStateAspect.Roll, e.MemberId, e.TransferredOn, e.OccurredAt, TransferOut, MemberStateAspect.Off, ct);
            }
        }, context.CancellationToken);
    }

    // A correction or an update carries no date of its own: it holds from the day it was recorded.
    public async Task Consume(ConsumeContext<MemberFactsChanged> context)
    {
        var e = context.Message;
        await ChangeAsync(e.MemberId, ct => AddFactsAsync(e.EventId, e.MemberId, CountyCalendar.DateOf(e.OccurredAt), e.OccurredAt, e.Facts, ct), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<MobileStatusChanged> context)
    {
        var e = context.Message;
        await ChangeAsync(e.MemberId, ct => AddStateAsync(e.EventId, MemberStateAspect.Mobile, e.MemberId, e.On, e.OccurredAt,
            nameof(MobileStatusChanged), e.IsMobile ? MemberStateAspect.On : MemberStateAspect.Off, ct), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<LostContactChanged> context)
    {
        var e = context.Message;
        await ChangeAsync(e.MemberId, ct => AddStateAsync(e.EventId, MemberStateAspect.LostContact, e.MemberId, e.On, e.OccurredAt,
            nameof(LostContactChanged), e.Situation, ct), context.CancellationToken);
    }

    private const string CurrentState = "Current";
    private const string TransferIn = "TransferIn";
    private const string TransferOut = "TransferOut";

    private async Task ChangeAsync(Guid subject, Func<CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        await HistoryTables.LockSubjectAsync(db, subject, cancellationToken);
        await change(cancellationToken);
        await HistoryTables.CloseVersionsAsync(db, HistoryTables.MemberFacts, "member_id", subject, byAspect: false, cancellationToken);
        await HistoryTables.CloseVersionsAsync(db, HistoryTables.MemberStates, "member_id", subject, byAspect: true, cancellationToken);
    }

    private Task<int> AddFactsAsync(Guid eventId, Guid memberId, DateOnly validFrom, DateTimeOffset occurredAt, MemberStatisticalFacts f, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO member_facts_history (tenant_id, event_id, member_id, valid_from, occurred_at, organization_id, gender, birth_year, is_minority,
                education_band, occupation, employment_status, membership_status, admission_approved_on, confirmed_on, is_leading_cadre, work_unit_id)
            VALUES ({db.Tenant.TenantId}, {eventId}, {memberId}, {validFrom}, {occurredAt}, {f.OrganizationId}, {f.Gender}, {f.BirthYear}, {f.IsMinority},
                {f.EducationBand}, {f.Occupation}, {f.EmploymentStatus}, {f.MembershipStatus}, {f.AdmissionApprovedOn}, {f.ConfirmedOn}, {f.IsLeadingCadre}, {f.WorkUnitId})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);

    private Task<int> AddStateAsync(Guid eventId, string aspect, Guid memberId, DateOnly validFrom, DateTimeOffset occurredAt, string source, string value, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO member_state_history (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
            VALUES ({db.Tenant.TenantId}, {eventId}, {aspect}, {memberId}, {validFrom}, {occurredAt}, {source}, {value})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
}
