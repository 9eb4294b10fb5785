using System.Security.Claims;
using System.Text.Json;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Cloud.Persistence.OrganizationTree;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Development;

/// <summary>How the development endpoints find cases (within the caller's subtree) and answer refusals.</summary>
public static class DevelopmentCases
{
    public static readonly DevelopmentStage[] OpenStages =
        [DevelopmentStage.Applicant, DevelopmentStage.Activist, DevelopmentStage.Candidate, DevelopmentStage.Probationary, DevelopmentStage.ProbationExtended];

    /// <summary>The cases of organizations the user may see (all for county-wide users, the scope's subtree otherwise).</summary>
    public static IQueryable<DevelopmentCase> VisibleTo(this MembersDbContext db, ClaimsPrincipal user)
    {
        var visible = db.OrganizationsVisibleTo(user);
        return db.DevelopmentCases.Where(c => visible.Any(o => o.OrganizationId == c.OrganizationId));
    }

    /// <summary>The organization and everything under it, from the tree copy.</summary>
    public static IQueryable<OrganizationNode> Subtree(this MembersDbContext db, Guid organizationId) =>
        db.Organizations.FromSql(
            $"SELECT o.* FROM organization_tree o WHERE o.path <@ (SELECT s.path FROM organization_tree s WHERE s.organization_id = {organizationId})");

    public static Task<DevelopmentCase?> FindAsync(this MembersDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        db.VisibleTo(user).Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public static Task<string?> OrganizationNameAsync(this MembersDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.OrganizationId == organizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// 422 naming the rule: the Chinese statement as title, the rule number in <c>rule</c>; a refusal about a date also in
    /// <c>errors</c> under the request's field (<paramref name="decisionDateField"/> for the decision's day), so forms show it there.
    /// </summary>
    public static ProblemHttpResult Refused(DevelopmentRefusal refusal, string decisionDateField = "decidedOn")
    {
        var extensions = new Dictionary<string, object?> { ["rule"] = refusal.Rule };
        if (refusal.Field is { } field)
        {
            var name = field == nameof(StepRecord.DecidedOn) ? decisionDateField : JsonNamingPolicy.CamelCase.ConvertName(field);
            extensions["errors"] = new Dictionary<string, string[]> { [name] = [refusal.Message] };
        }

        return TypedResults.Problem(title: refusal.Message, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: extensions);
    }

    public static ProblemHttpResult ChangedMeanwhile() =>
        TypedResults.Problem(title: "该发展档案刚被他人修改，请刷新后重试", statusCode: StatusCodes.Status409Conflict);
}
