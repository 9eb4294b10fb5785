using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cloud.Members.Api.Search;

/// <summary>
/// Search of the county's members (masked lists, keyset pages) and the counts per facet for the same filters.
/// An organization outside the caller's org scope (or unknown to the service) is refused with 403, never silently empty.
/// </summary>
public static class MemberSearchApi
{
    public static IEndpointRouteBuilder MapMemberSearchApi(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/members/search").RequireAuthorization(CloudPolicies.CountyUser, CloudPolicies.CanReadCounty);
        search.MapGet("/", Search);
        search.MapGet("/counts", Counts);
        return app;
    }

    public static Task<Results<Ok<MemberSearchPage>, ValidationProblem, ProblemHttpResult>> Search(
        [AsParameters] MemberSearchRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(request, user, db, (search, filter, root, cursor, limit) =>
            search.PageAsync(filter, root, cursor, limit, Today(clock), cancellationToken), cancellationToken);

    public static Task<Results<Ok<MemberSearchCounts>, ValidationProblem, ProblemHttpResult>> Counts(
        [AsParameters] MemberSearchRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(request, user, db, (search, filter, root, _, _) =>
            search.CountsAsync(filter, root, Today(clock), cancellationToken), cancellationToken);

    /// <summary>Validates the query, finds the subtree within the caller's scope, then answers.</summary>
    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> RunAsync<T>(
        MemberSearchRequest request, ClaimsPrincipal user, MembersDbContext db,
        Func<MemberSearch, MemberSearchFilter, string?, SearchCursor?, int, Task<T>> answer, CancellationToken cancellationToken)
    {
        var validation = request.Validate(out var filter, out var cursor, out var limit);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var search = new MemberSearch(db);
        var root = await search.RootAsync(user, request.OrganizationId, cancellationToken);
        return root.IsRefused ? OutsideScope() : TypedResults.Ok(await answer(search, filter, root.Path, cursor, limit));
    }

    private static ProblemHttpResult OutsideScope() =>
        TypedResults.Problem(title: "所选党组织不存在，或不在您的管理范围内", statusCode: StatusCodes.Status403Forbidden);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
