using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Access;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Who looked: a member lists who read their record; the county's organization department and auditors query the whole log.</summary>
public static class AccessLogApi
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAccessLogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapGet("/me/viewers", Viewers).RequireAuthorization(policy => policy.RequireRole(CloudRoles.Member));
        api.MapGet("/access-log", Query).RequireAuthorization(policy => policy.RequireRole(CloudRoles.CountyAdmin, CloudRoles.Auditor));
        return app;
    }

    public static async Task<Results<Ok<AccessLogPage>, NotFound>> Viewers(
        ClaimsPrincipal user, MembersDbContext db, long? before, int? limit, CancellationToken cancellationToken) =>
        MemberAccess.OwnMemberId(user) is { } own
            ? TypedResults.Ok(await PageAsync(db.AccessLog.Where(e => e.MemberId == own), before, limit, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Ok<AccessLogPage>> Query(
        MembersDbContext db, Guid? memberId, string? viewer, DateTimeOffset? from, DateTimeOffset? to, long? before, int? limit, CancellationToken cancellationToken)
    {
        var entries = db.AccessLog.AsQueryable();
        if (memberId is { } member)
        {
            entries = entries.Where(e => e.MemberId == member);
        }

        if (!string.IsNullOrWhiteSpace(viewer))
        {
            entries = entries.Where(e => e.ViewerSubject == viewer);
        }

        if (from is { } since)
        {
            var utc = since.ToUniversalTime(); // PostgreSQL takes UTC only; a client may send +08:00
            entries = entries.Where(e => e.At >= utc);
        }

        if (to is { } until)
        {
            var utc = until.ToUniversalTime();
            entries = entries.Where(e => e.At < utc);
        }

        return TypedResults.Ok(await PageAsync(entries, before, limit, cancellationToken));
    }

    private static async Task<AccessLogPage> PageAsync(IQueryable<MemberAccessLogEntry> entries, long? before, int? limit, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(limit ?? DefaultPageSize, 1, MaxPageSize);
        if (before is { } cursor)
        {
            entries = entries.Where(e => e.Id < cursor);
        }

        var page = await entries.AsNoTracking().OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
        var more = page.Count > size;
        var items = page.Take(size).Select(AccessLogEntryResponse.From).ToList();
        return new AccessLogPage(items, more ? items[^1].Id : null);
    }
}
