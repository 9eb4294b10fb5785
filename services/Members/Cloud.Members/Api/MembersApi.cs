using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.Members.Security;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Member records: register one, read one (national ID masked unless the caller may see it).</summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapPost("/", Register).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    public static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> Register(
        MemberRequest request, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var validation = request.Validate(CountyCalendar.DateOf(now), out var nationalId, out var facts);
        if (validation.IsValid && await MemberOrganizations.FindAsync(db, user, facts.OrganizationId, cancellationToken) is null)
        {
            validation.Add("organizationId", "所在党组织不存在，或不在您的管理范围内");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var hash = protector.Hash(nationalId);
        if (await db.Members.AnyAsync(m => m.NationalIdHash == hash && m.State != MemberState.TransferredOut, cancellationToken))
        {
            return MemberProblems.Conflict("该身份证号码的党员已在本县登记", "nationalId");
        }

        var member = PartyMember.Register(Guid.NewGuid(), request.Name!.Trim(), protector.Protect(nationalId), facts, now);
        db.Members.Add(member);
        db.Publish(new MemberRegistered(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member)));
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.OrganizationId == member.OrganizationId, cancellationToken);
        var shown = MemberViews.Show(db, user, member, organization?.Name, protector, now); // showing it back is a read: logged with the registration
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/members/{member.Id}", shown);
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = db.OrganizationsVisibleTo(user);
        var found = await db.Members.AsNoTracking()
            .Where(m => m.Id == id && visible.Any(o => o.OrganizationId == m.OrganizationId))
            .Select(m => new { Member = m, OrganizationName = visible.Where(o => o.OrganizationId == m.OrganizationId).Select(o => o.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var shown = MemberViews.Show(db, user, found.Member, found.OrganizationName, protector, clock.GetUtcNow()); // logs who looked
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(shown);
    }
}
