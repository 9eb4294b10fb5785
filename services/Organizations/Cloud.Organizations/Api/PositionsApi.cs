using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>Posts in an organization: committee posts, party group leaders, first secretaries and instructors.</summary>
public static class PositionsApi
{
    public static IEndpointRouteBuilder MapPositionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/{id:guid}/positions").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/", ListPositions);
        api.MapPost("/", AssignPosition).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPost("/{positionId:guid}/end", EndPosition).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return app;
    }

    /// <summary>The organization's posts (only the current ones with <c>current=true</c>), by start date.</summary>
    public static async Task<Results<Ok<PositionResponse[]>, NotFound>> ListPositions(Guid id, bool? current, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is null)
        {
            return TypedResults.NotFound();
        }

        var positions = services.Db.CommitteePositions.AsNoTracking().Where(p => p.OrganizationId == id);
        if (current == true)
        {
            positions = positions.Where(p => p.EndedOn == null);
        }

        var list = await positions.OrderBy(p => p.StartedOn).ThenBy(p => p.Role).ToListAsync(services.CancellationToken);
        return TypedResults.Ok(list.Select(PositionResponse.From).ToArray());
    }

    public static async Task<Results<Created<PositionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> AssignPosition(
        Guid id, AssignPositionRequest request, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(services.Today, out var assignment);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        return await services.ChangeLeadershipAsync(
            organization,
            (leadership, now) => leadership.Assign(assignment!, now),
            (leadership, _) => TypedResults.Created($"/api/organizations/{id}/positions", PositionResponse.From(leadership.Created.OfType<CommitteePosition>().Single())));
    }

    public static async Task<Results<Ok<PositionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> EndPosition(
        Guid id, Guid positionId, EndPositionRequest request, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization
            || !await services.Db.CommitteePositions.AnyAsync(p => p.Id == positionId && p.OrganizationId == id, services.CancellationToken))
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(services.Today, out var reason);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        CommitteePosition? position = null;
        return await services.ChangeLeadershipAsync(
            organization,
            (leadership, now) =>
            {
                position = leadership.CurrentPositions.FirstOrDefault(p => p.Id == positionId);
                return leadership.End(positionId, request.EndedOn!.Value, reason, now);
            },
            (_, _) => TypedResults.Ok(PositionResponse.From(position!)));
    }
}
