namespace Cloud.Portal.Api;

/// <summary>What a form field shows of a problem: <c>Error="@problem.Has("name")" ErrorText="@problem.Text("name")"</c>.</summary>
public static class ProblemFields
{
    public static bool Has(this ApiProblem? problem, string field) => problem is not null && problem.For(field).Count > 0;

    public static string? Text(this ApiProblem? problem, string field) =>
        problem is null || problem.For(field).Count == 0 ? null : string.Join("；", problem.For(field));

    /// <summary>The errors of a nested object's fields (<c>member.name</c> → <c>name</c>), for a form part that knows only its own names.</summary>
    public static ApiProblem? Within(this ApiProblem? problem, string prefix) =>
        problem is null ? null : WithErrors(problem, problem.FieldErrors
            .Where(e => e.Key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.Key[(prefix.Length + 1)..], e => e.Value, StringComparer.OrdinalIgnoreCase));

    /// <summary>The problem without a nested object's field errors (those show inside the part <see cref="Within"/> feeds).</summary>
    public static ApiProblem? Outside(this ApiProblem? problem, string prefix) =>
        problem is null ? null : WithErrors(problem, problem.FieldErrors
            .Where(e => !e.Key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase));

    // A new problem rather than `with`: FieldErrors is built from Errors when a problem is made, and `with` would keep the old one.
    private static ApiProblem WithErrors(ApiProblem problem, Dictionary<string, string[]> errors) =>
        new(problem.Status, problem.Title, problem.Detail, errors, problem.Rule, problem.RetryAfter);
}
