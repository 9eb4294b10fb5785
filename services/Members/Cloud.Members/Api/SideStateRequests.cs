namespace Cloud.Members.Api;

/// <summary>Starts or updates a mobility (流动党员, M29): away at least 6 months without transferring the affiliation.</summary>
public sealed record MobileRequest(
    string? Destination, DateOnly? DepartedOn, DateOnly? ExpectedReturnOn, Guid? LiaisonPersonId, Guid? DestinationOrgId, DateOnly? LastContactOn);

/// <summary>The member is back (or moved their affiliation): the mobility ends.</summary>
public sealed record EndMobilityRequest(DateOnly? EndedOn);

/// <summary>The branch lost contact with the member on <c>Since</c>.</summary>
public sealed record LostContactRequest(DateOnly? Since);

/// <summary><c>Decision</c>: <c>Suspend</c> (停止党籍), <c>Restore</c> (恢复党籍 / contact regained) or <c>Remove</c> (除名).</summary>
public sealed record LostContactDecisionRequest(string? Decision, DateOnly? DecidedOn, string? DecidedBy, string? DocumentNumber);

/// <summary>限期改正 from <c>StartsOn</c> (the decision's date) to <c>EndsOn</c> (its last day), at most one year (M27).</summary>
public sealed record CorrectionPeriodRequest(DateOnly? StartsOn, DateOnly? EndsOn, string? DecidedBy, string? DocumentNumber);

/// <summary><c>Outcome</c>: <c>Normal</c> (corrected) or <c>Removed</c> (除名).</summary>
public sealed record CorrectionOutcomeRequest(string? Outcome, DateOnly? DecidedOn, string? DecidedBy, string? DocumentNumber);

/// <summary><c>Type</c>: <c>Warning</c>, <c>SeriousWarning</c>, <c>RemovalFromPost</c>, <c>ProbationWithinParty</c> (needs <c>Until</c>), <c>Expulsion</c>.</summary>
public sealed record SanctionRequest(string? Type, DateOnly? DecidedOn, DateOnly? Until, string? DecidedBy, string? DocumentNumber);
