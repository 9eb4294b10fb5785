namespace Cloud.Portal.Api;

/// <summary>What a form field shows of a problem: <c>Error="@problem.Has("name")" ErrorText="@problem.Text("name")"</c>.</summary>
public static class ProblemFields
{
    public static bool Has(this ApiProblem? problem, string field) => problem is not null && problem.For(field).Count > 0;

    public static string? Text(this ApiProblem? problem, string field) =>
        problem is null || problem.For(field).Count == 0 ? null : string.Join("；", problem.For(field));
}
