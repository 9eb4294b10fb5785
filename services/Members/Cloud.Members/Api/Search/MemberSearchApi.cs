using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cloud.Members.Api.Search;

/// <summary>
/// Search of the county's members (masked lists, keyset pages) and the counts per facet for the same filters.
/// An organization not within the caller's org scope (or unknown to the service) finds nothing: the answer is the same as for
/// an empty subtree, so it never tells whether an organization the caller may not see exists.
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

    public static Task<Results<Ok<MemberSearchPage>, ValidationProblem>> Search(
        [AsParameters] MemberSearchRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(request, (filter, cursor, limit) =>
            new MemberSearch(db).PageAsync(user, request.OrganizationId, filter, cursor, limit, Today(clock), cancellationToken));

    public static Task<Results<Ok<MemberSearchCounts>, ValidationProblem>> Counts(
        [AsParameters] MemberSearchRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RunAsync(request, (filter, _, _) =>
            new MemberSearch(db).CountsAsync(user, request.OrganizationId, filter, Today(clock), cancellationToken));

    private static async Task<Results<Ok<T>, ValidationProblem>> RunAsync<T>(
        MemberSearchRequest request, Func<MemberSearchFilter, SearchCursor?, int, Task<T>> answer)
    {
        var validation = request.Validate(out var filter, out var cursor, out var limit);
        return validation.IsValid ? TypedResults.Ok(await answer(filter, cursor, limit)) : validation.ToProblem();
    }

    private static DateOnly Today(TimeProvider clock) => CountyCalendar.Today(clock);
}
