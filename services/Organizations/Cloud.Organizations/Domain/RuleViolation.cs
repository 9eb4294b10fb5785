namespace Cloud.Organizations.Domain;

/// <summary>A broken domain rule, named by the request field it concerns, with a message for the user.</summary>
public sealed record RuleViolation(string Field, string Message);
