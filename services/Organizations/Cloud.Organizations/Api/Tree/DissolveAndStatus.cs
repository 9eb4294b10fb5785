using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>撤销, 批复 (Proposed → Active) and 调整中 (Active ↔ Restructuring): each with its one event.</summary>
public static class DissolveAndStatus
{
    public static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Dissolve(
        Guid id, DissolveOrganizationRequest? request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        request ??= new();
        if (request.Reason is { Length: > Organization.MaxDissolutionNoteLength })
        {
            return TreeProblems.Invalid("reason", $"撤销原因不能超过{Organization.MaxDissolutionNoteLength}个字符");
        }

        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var liveChildren = await s.Db.Organizations.CountAsync(
            o => o.ParentOrganizationId == organization.Id && o.Status != OrganizationStatus.Dissolved, cancellationToken);
        if (DissolutionRule.Check(organization, liveChildren) is { } conflict)
        {
            return TreeProblems.Conflict(conflict);
        }

        var on = request.EffectiveOn ?? s.Today;
        // The children's own dissolutions count: the parent ends no earlier than the last of them.
        var latest = await s.Db.LatestChangeInSubtreeAsync(organization.Path, cancellationToken);
        if (EffectiveDateRule.Check(on, latest, s.Today) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        organization.Dissolve(on, note: request.Reason);
        s.Db.Publish(TreeEvents.Dissolved(s.County, s.Clock.GetUtcNow(), organization, DissolutionReason.Dissolved));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(organization));
    }

    public static Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id, ApproveOrganizationRequest? request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        request ??= new();
        if (request.ApprovalDocNo is { Length: > Organization.MaxApprovalDocNoLength })
        {
            return Task.FromResult<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>>(
                TreeProblems.Invalid("approvalDocNo", $"批复文号不能超过{Organization.MaxApprovalDocNoLength}个字符"));
        }

        return ChangeStatusAsync(id, request.ApprovedOn, "approvedOn", s, (o, on) => o.Approve(request.ApprovalDocNo, on), cancellationToken);
    }

    public static Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> BeginRestructuring(
        Guid id, EffectiveOnRequest? request, [AsParameters] TreeServices s, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, request?.EffectiveOn, EffectiveDateRule.Field, s, (o, on) => o.BeginRestructuring(on), cancellationToken);

    public static Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> EndRestructuring(
        Guid id, EffectiveOnRequest? request, [AsParameters] TreeServices s, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, request?.EffectiveOn, EffectiveDateRule.Field, s, (o, on) => o.EndRestructuring(on), cancellationToken);

    private static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, DateOnly? effectiveOn, string dateField, TreeServices s, Func<Organization, DateOnly, RuleViolation?> change, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var on = effectiveOn ?? s.Today;
        if (EffectiveDateRule.Check(on, organization.EffectiveFrom, s.Today, dateField) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        var oldStatus = organization.Status;
        if (change(organization, on) is { } refused)
        {
            return TreeProblems.Conflict(refused.Message);
        }

        s.Db.Publish(TreeEvents.StatusChanged(s.County, s.Clock.GetUtcNow(), organization.Id, oldStatus, organization.Status, on));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(organization));
    }
}
