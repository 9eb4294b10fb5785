using Cloud.Contracts.Members;
using Cloud.Reporting.Data;
using MassTransit;
using static Cloud.Reporting.Data.HistoryTables;

namespace Cloud.Reporting.Events;

/// <summary>Keeps each development case's stages through time, with the applicant's statistical facts (no name, no ID).</summary>
public sealed class DevelopmentHistoryConsumer(ReportingDbContext db) : IConsumer<DevelopmentStageChanged>
{
    public Task Consume(ConsumeContext<DevelopmentStageChanged> context)
    {
        var e = context.Message;
        return ChangeAsync(db, e.CaseId,
        [
            Command(
                $"""
                INSERT INTO {DevelopmentCases} (tenant_id, event_id, case_id, valid_from, occurred_at, organization_id, stage, application_on,
                    gender, birth_year, is_minority, education_band, occupation, is_league_member)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                ON CONFLICT DO NOTHING
                """,
                db.Tenant.TenantId, e.EventId, e.CaseId, e.StageSince, e.OccurredAt, e.OrganizationId, e.Stage, e.ApplicationOn,
                e.Gender, e.BirthYear, e.IsMinority, e.EducationBand, e.Occupation, e.IsLeagueMember),
        ], [(DevelopmentCases, "case_id", false)], context.CancellationToken);
    }
}
