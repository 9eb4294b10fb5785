using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Members.Api;

public static class MemberProblems
{
    /// <summary>409 with the field at fault, in the shape of a validation problem's <c>errors</c>.</summary>
    public static ProblemHttpResult Conflict(string title, string field) =>
        TypedResults.Problem(title: title, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [title] } });
}
