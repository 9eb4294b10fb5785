using Cloud.Contracts.Training;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Events;

/// <summary>
/// Records the training service's completion of a candidate's short training (M10) as step 11 of the case. Runs in the
/// inbox transaction with the event's county; a case not found or not ready for training is logged (ids only) and skipped,
/// since an event cannot be refused.
/// </summary>
public sealed class CandidateTrainingCompletedConsumer(MembersDbContext db, ILogger<CandidateTrainingCompletedConsumer> logger) : IConsumer<CandidateTrainingCompleted>
{
    public const string DecidingBody = "党员教育培训（培训服务）";

    public async Task Consume(ConsumeContext<CandidateTrainingCompleted> context)
    {
        var e = context.Message;
        var c = await db.DevelopmentCases.Include(x => x.Decisions).FirstOrDefaultAsync(x => x.Id == e.CaseId, context.CancellationToken);
        if (c is null)
        {
            logger.LogWarning("Candidate training {EventId} names case {CaseId}, which this county does not have", e.EventId, e.CaseId);
            return;
        }

        var settings = await db.DevelopmentSettingsAsync(context.CancellationToken);
        var record = new StepRecord(e.CompletedOn, DecidingBody, TrainingDays: e.Days, ClassHours: e.ClassHours);
        if (c.Record(DevelopmentStep.CandidateTraining, record, settings, [], DecisionSource.TrainingService, e.OccurredAt) is { } refusal)
        {
            logger.LogWarning("Candidate training {EventId} not recorded on case {CaseId}: rule {Rule}", e.EventId, e.CaseId, refusal.Rule);
            return;
        }

    }
}
