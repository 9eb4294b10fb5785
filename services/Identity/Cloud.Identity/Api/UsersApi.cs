using System.Security.Claims;
using Cloud.Identity.Accounts;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Api;

/// <summary>
/// A county admin manages the users of the county in the token, never another's: the query filter and row-level
/// security hide other counties' users, so an id from another county is simply not found. An OrgAdmin manages the
/// users scoped inside its subtree (<see cref="UserAdministration"/>); others are not found either.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/users").RequireAuthorization(IdentityPolicies.UserManager);
        api.MapGet("/", ListUsers);
        api.MapPost("/", CreateUser);
        api.MapPut("/{id:guid}/roles", ChangeRoles);
        api.MapPost("/{id:guid}/disable", DisableUser);
        api.MapPost("/{id:guid}/enable", EnableUser);
        api.MapPost("/{id:guid}/password", ResetPassword);
        return app;
    }

    public static async Task<Ok<UserResponse[]>> ListUsers(ClaimsPrincipal caller, UserAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok((await administration.ManagedBy(caller).AsNoTracking().OrderBy(u => u.Login).ToListAsync(cancellationToken)).Select(UserResponse.From).ToArray());

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, ClaimsPrincipal caller, IdentityDbContext db, UserAccounts accounts, UserAdministration administration, CancellationToken cancellationToken)
    {
        var county = db.Tenant.TenantId!;
        var validation = request.Validate(county);
        validation.AddAll(await administration.CheckAssignmentAsync(caller, request.Roles, request.OrgScope, cancellationToken));
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = await accounts.CreateAsync(request.Login!, request.DisplayName!, request.Phone, request.Password!,
            RoleAssignment.From(request.Roles!, request.OrgScope, request.City, request.MemberId), caller, cancellationToken);
        return user is null
            ? CountiesApi.Conflict("该用户名在本区县已存在")
            : TypedResults.Created($"/api/identity/users/{user.Id}", UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> ChangeRoles(
        Guid id, ChangeRolesRequest request, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, UserAdministration administration, CancellationToken cancellationToken)
    {
        if (await administration.ManagedBy(caller).FirstOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(db.Tenant.TenantId!);
        validation.AddAll(await administration.CheckAssignmentAsync(caller, request.Roles, request.OrgScope, cancellationToken));
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        user.Assign(RoleAssignment.From(request.Roles!, request.OrgScope, request.City, request.MemberId));
        audit.Record(AuditAction.RolesChanged, caller.Id(), caller.Name(), user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }

    public static Task<Results<Ok<UserResponse>, NotFound>> DisableUser(
        Guid id, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, UserAdministration administration, CancellationToken cancellationToken) =>
        ChangeAsync(id, AuditAction.UserDisabled, u => u.Disable(), caller, db, audit, administration, cancellationToken);

    public static Task<Results<Ok<UserResponse>, NotFound>> EnableUser(
        Guid id, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, UserAdministration administration, CancellationToken cancellationToken) =>
        ChangeAsync(id, AuditAction.UserEnabled, u => u.Enable(), caller, db, audit, administration, cancellationToken);

    public static async Task<Results<NoContent, ValidationProblem, NotFound>> ResetPassword(
        Guid id, ResetPasswordRequest request, ClaimsPrincipal caller, UserAccounts accounts, UserAdministration administration, CancellationToken cancellationToken)
    {
        if (await administration.ManagedBy(caller).FirstOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate();
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await accounts.ResetPasswordAsync(user, request.Password!, caller);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> ChangeAsync(
        Guid id, AuditAction action, Action<CloudUser> change, ClaimsPrincipal caller, IdentityDbContext db, AuditTrail audit, UserAdministration administration, CancellationToken cancellationToken)
    {
        if (await administration.ManagedBy(caller).FirstOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } user)
        {
            return TypedResults.NotFound();
        }

        change(user);
        audit.Record(action, caller.Id(), caller.Name(), user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }
}
