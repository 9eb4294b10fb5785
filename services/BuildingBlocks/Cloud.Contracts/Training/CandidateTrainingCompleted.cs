namespace Cloud.Contracts.Training;

/// <summary>
/// A development candidate (发展对象) finished the short concentrated training (短期集中培训, rule M10) the training
/// service ran: how many days and class-hours, and when. The Members service records it as step 11 of case <see cref="CaseId"/>.
/// </summary>
public sealed record CandidateTrainingCompleted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    decimal Days,
    decimal ClassHours,
    DateOnly CompletedOn) : IIntegrationEvent;
