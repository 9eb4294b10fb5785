using Cloud.Contracts.Members;
using Cloud.Reporting.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>Keeps each development case's stages through time, with the applicant's statistical facts (no name, no ID).</summary>
public sealed class DevelopmentHistoryConsumer(ReportingDbContext db) : IConsumer<DevelopmentStageChanged>
{
    public async Task Consume(ConsumeContext<DevelopmentStageChanged> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        await HistoryTables.LockSubjectAsync(db, e.CaseId, ct);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO development_case_history (tenant_id, event_id, case_id, valid_from, occurred_at, organization_id, stage, application_on,
                gender, birth_year, is_minority, education_band, occupation, is_league_member)
            VALUES ({db.Tenant.TenantId}, {e.EventId}, {e.CaseId}, {e.StageSince}, {e.OccurredAt}, {e.OrganizationId}, {e.Stage}, {e.ApplicationOn},
                {e.Gender}, {e.BirthYear}, {e.IsMinority}, {e.EducationBand}, {e.Occupation}, {e.IsLeagueMember})
            ON CONFLICT DO NOTHING
            """,
            ct);
        await HistoryTables.CloseVersionsAsync(db, HistoryTables.DevelopmentCases, "case_id", e.CaseId, byAspect: false, ct);
    }
}
