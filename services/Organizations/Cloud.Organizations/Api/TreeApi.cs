using Cloud.Organizations.Api.Tree;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Organizations.Api;

/// <summary>The tree over time: tree-changing writes (each with an effective date), the tree as of a date, history, search.</summary>
public static class TreeApi
{
    public static IEndpointRouteBuilder MapTreeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapGet("/tree", TreeReads.Tree);
        api.MapGet("/search", OrganizationSearch.Search);
        api.MapGet("/{id:guid}/history", TreeReads.History);
        // County-wide: a scoped admin's subtree is not the tree another service needs.
        api.MapPost("/tree/republish", TreeRepublish.Republish).RequireAuthorization(CloudPolicies.CanManageOrganizations)
            .RequireAuthorization(policy => policy.RequireAssertion(context => context.User.OrganizationScope() is null));

        var writes = api.MapGroup("/{id:guid}").RequireAuthorization(CloudPolicies.CanManageOrganizations);
        writes.MapPost("/rename", RenameAndMove.Rename);
        writes.MapPost("/move", RenameAndMove.Move);
        writes.MapPost("/merge", MergeAndSplit.Merge);
        writes.MapPost("/split", MergeAndSplit.Split);
        writes.MapPost("/dissolve", DissolveAndStatus.Dissolve);
        writes.MapPost("/approve", DissolveAndStatus.Approve);
        writes.MapPost("/restructuring", DissolveAndStatus.BeginRestructuring);
        writes.MapPost("/restructuring/end", DissolveAndStatus.EndRestructuring);
        return app;
    }
}
