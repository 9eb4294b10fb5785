namespace Cloud.Members.Api;

/// <summary>The record leaves the roll: <c>State</c> is <c>Deceased</c>, <c>Expelled</c>, <c>Withdrawn</c> or <c>Removed</c> (除名).</summary>
public sealed record StateChangeRequest(string? State, DateOnly? DecidedOn, string? DecidedBy, string? DocumentNumber);
