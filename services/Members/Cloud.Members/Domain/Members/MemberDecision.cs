namespace Cloud.Members.Domain.Members;

/// <summary>An organizational decision as recorded: when, which body decided (e.g. "东坡村党支部党员大会"), its document number.</summary>
public sealed record MemberDecision(DateOnly DecidedOn, string DecidedBy, string? DocumentNumber);
