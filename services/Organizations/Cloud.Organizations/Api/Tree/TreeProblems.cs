using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Organizations.Api.Tree;

/// <summary>How a tree write says no: a broken rule on a field (400) or a state that forbids the change (409).</summary>
public static class TreeProblems
{
    public static ValidationProblem Invalid(RuleViolation violation) => new Validation().Add(violation.Field, violation.Message).ToProblem();

    public static ValidationProblem Invalid(string field, string message) => new Validation().Add(field, message).ToProblem();

    public static ProblemHttpResult Conflict(string message) =>
        TypedResults.Problem(title: ProblemTitles.For(StatusCodes.Status409Conflict), detail: message, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Dissolved() => Conflict("该组织已撤销，不能再变更");

    public static ValidationProblem ParentChangedSince(Organization parent, DateOnly on, string field = EffectiveDateRule.Field) =>
        Invalid(field, $"上级组织在 {on:yyyy-MM-dd} 尚未设立或此后有过调整，生效日期不能早于 {parent.EffectiveFrom:yyyy-MM-dd}");
}
