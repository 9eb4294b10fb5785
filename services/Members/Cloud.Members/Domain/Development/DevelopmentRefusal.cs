namespace Cloud.Members.Domain.Development;

/// <summary>Why a step cannot be recorded: the rule (domain.md number, e.g. "M7") and its statement in Chinese.</summary>
public sealed record DevelopmentRefusal(string Rule, string Message);
