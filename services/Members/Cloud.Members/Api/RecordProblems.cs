using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Members.Api;

/// <summary>Refusals of member-record changes, in Chinese.</summary>
public static class RecordProblems
{
    /// <summary>422 naming the rule that refuses the change.</summary>
    public static ProblemHttpResult Rule(string rule) =>
        TypedResults.Problem(title: rule, statusCode: StatusCodes.Status422UnprocessableEntity);

    public static ProblemHttpResult NotCurrent() =>
        TypedResults.Problem(title: "该党员已不在本县党员名册中（已去世、出党、除名或转出），不能再变更", statusCode: StatusCodes.Status409Conflict);
}
