using Cloud.Contracts;
using Cloud.Contracts.Members;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.History;
using MassTransit;
using Npgsql;
using static Cloud.Reporting.Data.HistoryTables;

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
    private const string CurrentState = "Current";
    private const string TransferIn = "TransferIn";
    private const string TransferOut = "TransferOut";

    private static readonly (string, string, bool)[] Versions = [(MemberFacts, "member_id", false), (MemberStates, "member_id", true)];

    private string County => db.Tenant.TenantId!;

    public Task Consume(ConsumeContext<MemberRegistered> context)
    {
        var e = context.Message;
        // A record imported or registered by hand brings its history: the member counted from admission on. One created by
        // a transfer in (same transaction, so the same OccurredAt as its MemberTransferred In) counts from the transfer.
        var since = e.Facts.AdmissionApprovedOn ?? CountyCalendar.DateOf(e.OccurredAt);
        return ChangeAsync(db, e.MemberId,
        [
            Facts(e.EventId, e.MemberId, since, e.OccurredAt, e.Facts),
            Command(
                $"""
                INSERT INTO {MemberStates} (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
                SELECT $1, $2, '{MemberStateAspect.Roll}', $3, $4, $5, '{nameof(MemberRegistered)}', '{MemberStateAspect.On}'
                WHERE NOT EXISTS (SELECT 1 FROM {MemberStates} t WHERE t.member_id = $3 AND t.aspect = '{MemberStateAspect.Roll}'
                                  AND t.source = '{TransferIn}' AND t.occurred_at = $5)
                ON CONFLICT DO NOTHING
                """,
                County, e.EventId, e.MemberId, since, e.OccurredAt),
        ], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<MemberStatusChanged> context)
    {
        var e = context.Message;
        List<NpgsqlBatchCommand> change = [Facts(e.EventId, e.MemberId, e.DecidedOn, e.OccurredAt, e.Facts)];
        if (e.OldState != e.NewState)
        {
            change.Add(State(e.EventId, MemberStateAspect.Roll, e.MemberId, e.DecidedOn, e.OccurredAt, nameof(MemberStatusChanged),
                e.NewState == CurrentState ? MemberStateAspect.On : MemberStateAspect.Off));
        }

        return ChangeAsync(db, e.MemberId, change, Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<MemberTransferred> context)
    {
        var e = context.Message;
        List<NpgsqlBatchCommand> change = [Facts(e.EventId, e.MemberId, e.TransferredOn, e.OccurredAt, e.Facts)];
        if (e.Direction == "In")
        {
            change.Add(State(e.EventId, MemberStateAspect.Roll, e.MemberId, e.TransferredOn, e.OccurredAt, TransferIn, MemberStateAspect.On));
            // The registration that came with this transfer does not date the member back to their admission.
            change.Add(Command(
                $"DELETE FROM {MemberStates} WHERE member_id = $1 AND aspect = '{MemberStateAspect.Roll}' AND source = '{nameof(MemberRegistered)}' AND occurred_at = $2",
                e.MemberId, e.OccurredAt));
        }
        else if (e.Direction == "Out")
        {
            change.Add(State(e.EventId, MemberStateAspect.Roll, e.MemberId, e.TransferredOn, e.OccurredAt, TransferOut, MemberStateAspect.Off));
        }

        return ChangeAsync(db, e.MemberId, change, Versions, context.CancellationToken);
    }

    // A correction or an update carries no date of its own: it holds from the day it was recorded.
    public Task Consume(ConsumeContext<MemberFactsChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.MemberId, [Facts(e.EventId, e.MemberId, CountyCalendar.DateOf(e.OccurredAt), e.OccurredAt, e.Facts)], Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<MobileStatusChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.MemberId,
            [State(e.EventId, MemberStateAspect.Mobile, e.MemberId, e.On, e.OccurredAt, nameof(MobileStatusChanged), e.IsMobile ? MemberStateAspect.On : MemberStateAspect.Off)],
            Versions, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<LostContactChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.MemberId,
            [State(e.EventId, MemberStateAspect.LostContact, e.MemberId, e.On, e.OccurredAt, nameof(LostContactChanged), e.Situation)],
            Versions, context.CancellationToken);
    }

    private NpgsqlBatchCommand Facts(Guid eventId, Guid memberId, DateOnly validFrom, DateTimeOffset occurredAt, MemberStatisticalFacts f) =>
        Command(
            $"""
            INSERT INTO {MemberFacts} (tenant_id, event_id, member_id, valid_from, occurred_at, organization_id, gender, birth_year, is_minority,
                education_band, occupation, employment_status, membership_status, admission_approved_on, confirmed_on, is_leading_cadre, work_unit_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::date, $15::date, $16, $17::uuid)
            ON CONFLICT DO NOTHING
            """,
            County, eventId, memberId, validFrom, occurredAt, f.OrganizationId, f.Gender, f.BirthYear, f.IsMinority,
            f.EducationBand, f.Occupation, f.EmploymentStatus, f.MembershipStatus, f.AdmissionApprovedOn, f.ConfirmedOn, f.IsLeadingCadre, f.WorkUnitId);

    private NpgsqlBatchCommand State(Guid eventId, string aspect, Guid memberId, DateOnly validFrom, DateTimeOffset occurredAt, string source, string value) =>
        Command(
            $"""
            INSERT INTO {MemberStates} (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT DO NOTHING
            """,
            County, eventId, aspect, memberId, validFrom, occurredAt, source, value);
}
