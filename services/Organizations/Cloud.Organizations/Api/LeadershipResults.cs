using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Organizations.Api;

/// <summary>Refused leadership operations as problem+json: broken rules as field errors (400), state conflicts as 409.</summary>
public static class LeadershipResults
{
    public const string ConcurrentChange = "本组织的领导班子信息刚被他人修改，请刷新后重试";

    public static ValidationProblem ToProblem(this IEnumerable<RuleViolation> violations)
    {
        var validation = new Validation();
        foreach (var violation in violations)
        {
            validation.Add(violation.Field, violation.Message);
        }

        return validation.ToProblem();
    }

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: ProblemTitles.For(StatusCodes.Status409Conflict), detail: detail, statusCode: StatusCodes.Status409Conflict);
}
