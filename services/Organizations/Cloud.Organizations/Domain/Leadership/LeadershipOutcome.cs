namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// The answer of a leadership operation: refused (field violations, or a conflict with the current state) or done,
/// with warnings for rules that only advise.
/// </summary>
public sealed class LeadershipOutcome
{
    private readonly List<RuleViolation> _violations = [];
    private readonly List<string> _warnings = [];

    public IReadOnlyList<RuleViolation> Violations => _violations;

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Why the operation conflicts with the organization's current state (a 409), if it does.</summary>
    public string? Conflict { get; private set; }

    public bool Succeeded => _violations.Count == 0 && Conflict is null;

    public LeadershipOutcome Refuse(string field, string message)
    {
        _violations.Add(new(field, message));
        return this;
    }

    public LeadershipOutcome Conflicts(string message)
    {
        Conflict ??= message;
        return this;
    }

    public void Warn(string message) => _warnings.Add(message);
}
