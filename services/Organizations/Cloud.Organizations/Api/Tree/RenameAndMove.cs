using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Events;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>更名 and 隶属关系调整: each in one transaction under the county's tree lock, with its one event.</summary>
public static class RenameAndMove
{
    public static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Rename(
        Guid id, RenameOrganizationRequest request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        var validation = request.Validate();
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        if (organization.IsDissolved)
        {
            return TreeProblems.Dissolved();
        }

        var on = request.EffectiveOn ?? s.Today;
        if (EffectiveDateRule.Check(on, organization.EffectiveFrom, s.Today) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        var oldName = organization.Name;
        var oldShortName = organization.ShortName;
        organization.Rename(request.Name!, request.ShortName, on);
        if (organization.Name == oldName && organization.ShortName == oldShortName)
        {
            return TreeProblems.Invalid("name", "新名称与现名称相同");
        }

        if (organization.Name != oldName && (await s.Db.NamesTakenAsync([organization.Name], organization.Id, cancellationToken)).Count > 0)
        {
            return TreeProblems.Invalid("name", Organization.NameTaken(organization.Name));
        }

        if (organization.Name != oldName)
        {
            s.Db.Publish(TreeEvents.Renamed(s.County, s.Clock.GetUtcNow(), organization.Id, oldName, organization.Name, on));
        }

        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(organization));
    }

    /// <summary>Moves the organization with its whole subtree; every descendant's path is rewritten in one statement.</summary>
    public static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, MoveOrganizationRequest request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        if (organization.IsDissolved)
        {
            return TreeProblems.Dissolved();
        }

        Organization? parent = null;
        if (request.ParentId is { } parentId)
        {
            // A scoped user's new parent must lie in its subtree; one outside reads as unknown, as on registration.
            parent = await s.Db.VisibleTo(s.User).AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return TreeProblems.Invalid(MoveRule.Field, "上级组织不存在");
            }
        }
        else if (s.User.OrganizationScope() is not null)
        {
            return TreeProblems.Invalid(MoveRule.Field, "请指定上级组织（只能调整到本级组织之下）");
        }

        if (MoveRule.Check(organization, parent) is { } refused)
        {
            return TreeProblems.Invalid(refused);
        }

        var on = request.EffectiveOn ?? s.Today;
        var latest = await s.Db.LatestChangeInSubtreeAsync(organization.Path, cancellationToken);
        if (EffectiveDateRule.Check(on, latest, s.Today) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        if (parent is not null && !await s.Db.StoodUnchangedSinceAsync(parent, on, cancellationToken))
        {
            return TreeProblems.ParentChangedSince(parent, on);
        }

        var (oldParentId, oldPath) = (organization.ParentOrganizationId, organization.Path);
        var newPath = await s.Db.MoveSubtreeAsync(organization.Id, oldPath, parent, on, cancellationToken);
        s.Db.Publish(TreeEvents.Moved(s.County, s.Clock.GetUtcNow(), organization.Id, oldParentId, parent?.Id, oldPath, newPath, on));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await s.Db.Entry(organization).ReloadAsync(cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(organization));
    }
}
