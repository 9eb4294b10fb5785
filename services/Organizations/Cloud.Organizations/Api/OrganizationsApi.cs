using Cloud.Contracts.Organizations;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
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
        api.MapPost("/", RegisterOrganization).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return app;
    }

    public static async Task<Ok<OrganizationResponse[]>> ListOrganizations(OrganizationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organizations.AsNoTracking()
            .OrderBy(o => o.RegisteredAt)
            .Select(o => new OrganizationResponse(o.Id, o.Name, o.Type.ToString(), o.ParentOrganizationId, o.RegisteredAt))
            .ToArrayAsync(cancellationToken));

    public static async Task<Results<Ok<OrganizationResponse>, NotFound>> GetOrganization(Guid id, OrganizationsDbContext db, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organization
            ? TypedResults.Ok(OrganizationResponse.From(organization))
            : TypedResults.NotFound();

    public static async Task<Results<Created<OrganizationResponse>, ValidationProblem>> RegisterOrganization(
        RegisterOrganizationRequest request, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate(out var type);
        if (request.ParentId is { } parentId && !await db.Organizations.AnyAsync(o => o.Id == parentId, cancellationToken))
        {
            validation.Add("parentId", "上级组织不存在");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var organization = Organization.Register(request.Name!, type, request.ParentId, clock.GetUtcNow());
        db.Organizations.Add(organization);
        db.Publish(new OrganizationRegistered(
            db.Tenant.TenantId!, Guid.CreateVersion7(), organization.RegisteredAt,
            organization.Id, organization.Name, organization.Type.ToString(), organization.ParentOrganizationId));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/organizations/{organization.Id}", OrganizationResponse.From(organization));
    }
}
