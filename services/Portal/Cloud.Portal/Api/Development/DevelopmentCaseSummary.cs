namespace Cloud.Portal.Api.Development;

/// <summary>A case on the board (GET /api/members/development): who, where, which stage, the next due date.</summary>
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
