namespace Cloud.Members.Api.Development;

/// <summary>A case in a list: who, where, which stage, and whether a step is overdue.</summary>
public sealed record DevelopmentCaseSummary(
    Guid Id,
    string Name,
    string NationalId,
    Guid OrganizationId,
    string? OrganizationName,
    string Stage,
    DateOnly StageSince,
    DateOnly ApplicationOn,
    DateOnly? NextDueOn,
    bool Overdue);
