using System.Runtime.CompilerServices;
using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Events;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapGet("/", ListOrganizations);
        api.MapGet("/{id:guid}", GetOrganization);
        api.MapGet("/{id:guid}/subtree", GetSubtree);
        api.MapGet("/{id:guid}/ancestors", GetAncestors);
        api.MapPost("/", RegisterOrganization).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return app;
    }

    public static async Task<Ok<OrganizationResponse[]>> ListOrganizations(ClaimsPrincipal user, OrganizationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.VisibleTo(user).AsNoTracking()
            .OrderBy(o => o.RegisteredAt)
            .ToArrayAsync(cancellationToken)).Select(OrganizationResponse.From).ToArray());

    /// <summary>One organization with its advisories.</summary>
    public static async Task<Results<Ok<OrganizationResponse>, NotFound>> GetOrganization(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = db.VisibleTo(user).Where(o => o.Id == id);
        if (await visible.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var advisories = await db.AdvisoriesAsync(visible, CountyCalendar.Today(clock), cancellationToken);
        return TypedResults.Ok(OrganizationResponse.From(organization) with { Advisories = [.. advisories.Select(AdvisoryResponse.From)] });
    }

    /// <summary>The organization and all its descendants, ordered by path (each parent before its children).</summary>
    public static async Task<Results<Ok<OrganizationResponse[]>, NotFound>> GetSubtree(Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var subtree = await ReadInTreeOrderAsync(db, "o.path <@ (SELECT r.path FROM organizations r WHERE r.tenant_id = {0} AND r.id = {1})", id, cancellationToken);
        return subtree.Length == 0 ? TypedResults.NotFound() : TypedResults.Ok(subtree);
    }

    /// <summary>The line from the top of the tree down to the organization's parent (empty for a top-level organization).</summary>
    public static async Task<Results<Ok<OrganizationResponse[]>, NotFound>> GetAncestors(Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // The organization itself comes along so an unknown id is told apart from one at the top.
        var line = await ReadInTreeOrderAsync(db, "o.path @> (SELECT r.path FROM organizations r WHERE r.tenant_id = {0} AND r.id = {1})", id, cancellationToken);
        return line.Length == 0 ? TypedResults.NotFound() : TypedResults.Ok(line.Where(o => o.Id != id).ToArray());
    }

    /// <summary>
    /// The county's organizations that meet <paramref name="condition"/> (SQL over <c>o</c>; <c>{0}</c> is the county,
    /// <c>{1}</c> the organization), read straight into responses (a subtree is up to a county's thousands of rows,
    /// each materialized once) in tree order: each parent before its children, by the path's text in byte order, the
    /// same order as ltree's since every label is a 32-character id, at a third of the cost.
    /// </summary>
    private static async Task<OrganizationResponse[]> ReadInTreeOrderAsync(OrganizationsDbContext db, string condition, Guid id, CancellationToken cancellationToken) =>
        [.. await db.Database.SqlQuery<OrganizationResponse>(FormattableStringFactory.Create(
            $$"""
            SELECT o.id AS "Id", o.name AS "Name", o.type AS "Type", o.parent_organization_id AS "ParentId", o.registered_at AS "RegisteredAt",
                   o.kind AS "Kind", o.domain AS "Domain", o.status AS "Status", o.path::text AS "Path", o.township AS "Township",
                   o.effective_from AS "EffectiveFrom", o.dissolved_on AS "DissolvedOn", o.merged_into_organization_id AS "MergedIntoOrganizationId",
                   o.short_name AS "ShortName", o.approval_doc_no AS "ApprovalDocNo", o.approved_on AS "ApprovedOn",
                   o.temporary_task_ends_on AS "TemporaryTaskEndsOn"
            FROM organizations o
            WHERE o.tenant_id = {0} AND {{condition}}
            ORDER BY o.path::text COLLATE "C"
            """, db.Tenant.TenantId ?? string.Empty, id)).ToListAsync(cancellationToken)];

    public static async Task<Results<Created<OrganizationResponse>, ValidationProblem>> RegisterOrganization(
        RegisterOrganizationRequest request, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate(out var parsed);
        Organization? parent = null;
        if (request.ParentId is { } parentId)
        {
            // A scoped user's parent must lie in its subtree; one outside reads as unknown.
            parent = await db.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (parent is null)
            {
                validation.Add("parentId", "上级组织不存在");
            }
        }
        else if (user.OrganizationScope() is not null)
        {
            validation.Add("parentId", "请指定上级组织（只能在本级组织之下登记）");
        }

        if (validation.IsValid && (await db.NamesTakenAsync([request.Name!.Trim()], null, cancellationToken)).Count > 0)
        {
            validation.Add("name", Organization.NameTaken(request.Name!.Trim()));
        }

        if (validation.IsValid && AllowedParentRule.Check(parsed.Type, parent) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        var establishedOn = request.EstablishedOn ?? CountyCalendar.Today(clock);
        if (validation.IsValid && EffectiveDateRule.Check(establishedOn, DateOnly.MinValue, CountyCalendar.Today(clock), "establishedOn") is { } tooLate)
        {
            validation.Add(tooLate.Field, tooLate.Message);
        }

        if (validation.IsValid && parent is not null && !await db.StoodUnchangedSinceAsync(parent, establishedOn, cancellationToken))
        {
            validation.Add("establishedOn", $"上级组织在 {establishedOn:yyyy-MM-dd} 尚未设立或此后有过调整，成立日期不能早于 {parent.EffectiveFrom:yyyy-MM-dd}");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var organization = Organization.Register(
            request.Name!, parsed.Type, parent, clock.GetUtcNow(), parsed.Kind, parsed.Domain, request.Township, parsed.Proposed, establishedOn, request.TemporaryTaskEndsOn);
        db.Organizations.Add(organization);
        db.Publish(OrganizationEvents.Registered(db.Tenant.TenantId!, organization));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/organizations/{organization.Id}", OrganizationResponse.From(organization));
    }
}
