using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Members.Api;

/// <summary>Refusals of transfers, named for the rule in Chinese.</summary>
public static class TransferProblems
{
    public static ProblemHttpResult NotCurrentMember() => MemberProblems.Conflict("该党员已不是本县现有党员，不能办理转接", "id");

    public static ProblemHttpResult InTransit() => MemberProblems.Conflict("该党员有尚未办结的跨县转接，请先撤回或等待对方答复", "id");

    /// <summary>A scoped user may move members only within their subtree; elsewhere the county's department does it.</summary>
    public static ProblemHttpResult DestinationOutsideScope() =>
        TypedResults.Problem(title: "调入组织不在您的管理范围内，请由县委组织部办理转接", statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Closed() => MemberProblems.Conflict("该转接已办结，不能再变更", "transferId");
}
