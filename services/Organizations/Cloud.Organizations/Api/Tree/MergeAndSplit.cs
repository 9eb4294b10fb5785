using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Events;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>合并 and 拆分: the source's children move (one OrganizationMoved each) and the source ends, all in one transaction.</summary>
public static class MergeAndSplit
{
    public static async Task<Results<Ok<OrganizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Merge(
        Guid id, MergeOrganizationsRequest request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }

        if (request.TargetId is not { } targetId)
        {
            return TreeProblems.Invalid(MergeRule.Field, "请指定合并到的组织");
        }

        // Both ends must lie in the user's scope.
        if (!await s.User.MayActOnAsync(targetId, s.Scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (await s.Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == targetId, cancellationToken) is not { } target)
        {
            return TreeProblems.Invalid(MergeRule.Field, "目标组织不存在");
        }

        if (MergeRule.Check(source, target) is { } refused)
        {
            return TreeProblems.Invalid(refused);
        }

        var on = request.EffectiveOn ?? s.Today;
        if (EffectiveDateRule.Check(on, await s.Db.LatestChangeInSubtreeAsync(source.Path, cancellationToken), s.Today) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        if (!await s.Db.StoodUnchangedSinceAsync(target, on, cancellationToken))
        {
            return TreeProblems.ParentChangedSince(target, on);
        }

        var now = s.Clock.GetUtcNow();
        foreach (var child in await s.LiveChildrenAsync(source, cancellationToken))
        {
            if (AllowedParentRule.Check(child.Type, target) is { } misfit)
            {
                return TreeProblems.Invalid(MergeRule.Field, $"{child.Name}：{misfit.Message}");
            }

            var newPath = await s.Db.MoveSubtreeAsync(child.Id, child.Path, target, on, cancellationToken);
            s.Db.Publish(TreeEvents.Moved(s.County, now, child.Id, source.Id, target.Id, child.Path, newPath, on));
        }

        source.Dissolve(on, mergedInto: target.Id);
        s.Db.Publish(TreeEvents.Merged(s.County, now, source.Id, target.Id, on));
        s.Db.Publish(TreeEvents.Dissolved(s.County, now, source, DissolutionReason.Merged));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(source));
    }

    public static async Task<Results<Ok<SplitResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Split(
        Guid id, SplitOrganizationRequest request, [AsParameters] TreeServices s, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        await s.Db.LockTreeAsync(cancellationToken);
        if (await s.FindForWriteAsync(id, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }

        if (source.IsDissolved)
        {
            return TreeProblems.Dissolved();
        }

        var parts = request.Parts ?? [];
        if (SplitRule.Check(source, parts.Count, request.KeepSource) is { } refused)
        {
            return TreeProblems.Invalid(refused);
        }

        // The parts hang under the source's parent, which a scoped user must also be allowed to change.
        var parent = source.ParentOrganizationId is { } parentId
            ? await s.Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken)
            : null;
        if (s.User.OrganizationScope() is not null && (parent is null || !await s.User.MayActOnAsync(parent.Id, s.Scopes, cancellationToken)))
        {
            return TypedResults.NotFound();
        }

        var children = await s.LiveChildrenAsync(source, cancellationToken);
        var validation = ValidateParts(source, parts, children, request.ChildrenTo, out var parsed);
        var taken = await s.Db.NamesTakenAsync([.. parsed.Select(p => p.Name)], null, cancellationToken);
        for (var i = 0; i < parsed.Count; i++)
        {
            if (taken.Contains(parsed[i].Name))
            {
                validation.Add($"parts[{i}].name", Organization.NameTaken(parsed[i].Name));
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var on = request.EffectiveOn ?? s.Today;
        if (EffectiveDateRule.Check(on, await s.Db.LatestChangeInSubtreeAsync(source.Path, cancellationToken), s.Today) is { } violation)
        {
            return TreeProblems.Invalid(violation);
        }

        if (parent is not null && !await s.Db.StoodUnchangedSinceAsync(parent, on, cancellationToken))
        {
            return TreeProblems.ParentChangedSince(parent, on);
        }

        var now = s.Clock.GetUtcNow();
        var created = parsed.Select(p => Organization.Register(
            p.Name, source.Type, parent, now, p.Kind, p.Domain, p.Township, proposed: false, establishedOn: on,
            temporaryTaskEndsOn: p.Kind == BranchKind.Temporary ? source.TemporaryTaskEndsOn : null)).ToArray();
        s.Db.Organizations.AddRange(created);
        foreach (var part in created)
        {
            s.Db.Publish(OrganizationEvents.Registered(s.County, part));
        }

        await s.Db.SaveChangesAsync(cancellationToken);
        foreach (var child in children)
        {
            var part = created[request.ChildrenTo?.GetValueOrDefault(child.Id) ?? 0];
            var newPath = await s.Db.MoveSubtreeAsync(child.Id, child.Path, part, on, cancellationToken);
            s.Db.Publish(TreeEvents.Moved(s.County, now, child.Id, source.Id, part.Id, child.Path, newPath, on));
        }

        if (!request.KeepSource)
        {
            source.Dissolve(on);
            s.Db.Publish(TreeEvents.Dissolved(s.County, now, source, DissolutionReason.Split));
        }

        s.Db.Publish(TreeEvents.Split(s.County, now, source.Id, [.. created.Select(p => p.Id)], on));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new SplitResponse(OrganizationResponse.From(source), [.. created.Select(OrganizationResponse.From)]));
    }

    /// <summary>Each part by the registration rules (as an organization of the source's type); each child to a part that exists.</summary>
    private static Validation ValidateParts(
        Organization source, IReadOnlyList<SplitPart> parts, Organization[] children, IReadOnlyDictionary<Guid, int>? childrenTo, out List<ParsedPart> parsed)
    {
        var validation = new Validation();
        parsed = [];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? new SplitPart(null);
            var asRegistration = new RegisterOrganizationRequest(part.Name, source.Type.ToString(), source.ParentOrganizationId, part.Kind, part.Domain, part.Township);
            var errors = asRegistration.Validate(out var p).Errors;
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    validation.Add($"parts[{i}].{field}", message);
                }
            }

            parsed.Add(new(part.Name?.Trim() ?? string.Empty, p.Kind ?? source.Kind, p.Domain ?? source.Domain, part.Township ?? source.Township));
        }

        var childIds = children.Select(c => c.Id).ToHashSet();
        foreach (var (childId, index) in childrenTo ?? new Dictionary<Guid, int>())
        {
            if (!childIds.Contains(childId))
            {
                validation.Add("childrenTo", $"{childId} 不是该组织未撤销的直属下级组织");
            }
            else if (index < 0 || index >= parts.Count)
            {
                validation.Add("childrenTo", $"{childId} 的去向 {index} 超出了新组织的序号范围 (0–{parts.Count - 1})");
            }
        }

        return validation;
    }

    private sealed record ParsedPart(string Name, BranchKind? Kind, OrganizationDomain? Domain, string? Township);
}
