namespace Cloud.Members.Api;

/// <summary>A recorded decision: date, deciding body (e.g. "千河镇党委"), document number.</summary>
public sealed record DecisionRequest(DateOnly? DecidedOn, string? DecidedBy, string? DocumentNumber);
