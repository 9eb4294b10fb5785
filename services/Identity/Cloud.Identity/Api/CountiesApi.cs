using System.Security.Claims;
using Cloud.Contracts.Identity;
using Cloud.Identity.Accounts;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Api;

/// <summary>Platform operators onboard, suspend and reactivate counties and create their first admins.</summary>
public static class CountiesApi
{
    public static IEndpointRouteBuilder MapCountiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/counties").RequireAuthorization(IdentityPolicies.PlatformAdmin);
        api.MapGet("/", ListCounties);
        api.MapPost("/", OnboardCounty);
        api.MapPost("/{code}/suspend", SuspendCounty);
        api.MapPost("/{code}/activate", ActivateCounty);
        api.MapPost("/{code}/admins", CreateCountyAdmin);
        return app;
    }

    public static async Task<Ok<CountyResponse[]>> ListCounties(IdentityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Counties.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken)).Select(CountyResponse.From).ToArray());

    public static async Task<Results<Created<CountyResponse>, ValidationProblem, ProblemHttpResult>> OnboardCounty(
        OnboardCountyRequest request, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate();
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (await db.Counties.AnyAsync(c => c.Code == request.Code, cancellationToken))
        {
            return Conflict("该区县已开通");
        }

        db.Tenant.Set(request.Code!);
        var county = County.Onboard(request.Code!, request.Name!, clock.GetUtcNow());
        db.Counties.Add(county);
        audit.Record(AuditAction.CountyOnboarded, caller.Id(), caller.Name(), county.Code);
        db.Publish(new TenantProvisioned(county.Code, Guid.CreateVersion7(), county.CreatedAt, county.Name, county.City));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return Conflict("该区县已开通");
        }

        return TypedResults.Created($"/api/identity/counties/{county.Code}", CountyResponse.From(county));
    }

    public static Task<Results<Ok<CountyResponse>, NotFound>> SuspendCounty(
        string code, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, CancellationToken cancellationToken) =>
        ChangeStatusAsync(code, suspend: true, caller, db, audit, cancellationToken);

    public static Task<Results<Ok<CountyResponse>, NotFound>> ActivateCounty(
        string code, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, CancellationToken cancellationToken) =>
        ChangeStatusAsync(code, suspend: false, caller, db, audit, cancellationToken);

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult, NotFound>> CreateCountyAdmin(
        string code, CountyAdminRequest request, ClaimsPrincipal caller, IdentityDbContext db, UserAccounts accounts, CancellationToken cancellationToken)
    {
        if (!County.IsCountyCode(code) || !await db.Counties.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate();
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        db.Tenant.Set(code);
        var user = await accounts.CreateAsync(request.Login!, request.DisplayName!, request.Phone, request.Password!,
            RoleAssignment.From([CloudRoles.CountyAdmin], null, null), caller, cancellationToken);
        return user is null
            ? Conflict("该用户名在本区县已存在")
            : TypedResults.Created($"/api/identity/users/{user.Id}", UserResponse.From(user));
    }

    private static async Task<Results<Ok<CountyResponse>, NotFound>> ChangeStatusAsync(
        string code, bool suspend, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!County.IsCountyCode(code) || await db.Counties.FirstOrDefaultAsync(c => c.Code == code, cancellationToken) is not { } county)
        {
            return TypedResults.NotFound();
        }

        db.Tenant.Set(code);
        if (suspend)
        {
            county.Suspend();
        }
        else
        {
            county.Activate();
        }

        audit.Record(suspend ? AuditAction.CountySuspended : AuditAction.CountyActivated, caller.Id(), caller.Name(), code);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CountyResponse.From(county));
    }

    internal static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: ProblemTitles.For(StatusCodes.Status409Conflict), detail: detail, statusCode: StatusCodes.Status409Conflict);
}
