using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.Members.Security;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Development;

/// <summary>Admission cases (发展党员): open one, list, read one with its 25 steps and due dates, count by stage.</summary>
public static class DevelopmentApi
{
    public const int MaxPage = 500;

    public static IEndpointRouteBuilder MapDevelopmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/development").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapPost("/", Open).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapGet("/", List).RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/counts", Counts).RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapPost("/{id:guid}/steps/{step}", DevelopmentStepsApi.Record).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/{id:guid}/withdrawal", DevelopmentStepsApi.Withdraw).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/{id:guid}/not-adopted", DevelopmentStepsApi.NotAdopt).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapGet("/settings", DevelopmentSettingsApi.Get).RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapPut("/settings", DevelopmentSettingsApi.Change).RequireAuthorization(CloudPolicies.CanManageUsers); // CountyAdmin only
        return app;
    }

    public static async Task<Results<Created<DevelopmentCaseResponse>, ValidationProblem, ProblemHttpResult>> Open(
        OpenCaseRequest request, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (now, today) = (clock.GetUtcNow(), StepFields.Today(clock));
        var validation = request.Validate(today, out var nationalId, out var facts);
        if (validation.IsValid && await MemberOrganizations.FindAsync(db, user, request.OrganizationId!.Value, cancellationToken) is null)
        {
            validation.Add("organizationId", "党组织不存在，或不在您的管理范围内");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var hash = protector.Hash(nationalId);
        if (await db.Members.AnyAsync(m => m.NationalIdHash == hash && m.State == MemberState.Current, cancellationToken))
        {
            return MemberProblems.Conflict("该身份证号码的人员已是本县党员", "nationalId");
        }

        if (await db.DevelopmentCases.AnyAsync(c => c.NationalIdHash == hash && DevelopmentCases.OpenStages.Contains(c.Stage), cancellationToken))
        {
            return MemberProblems.Conflict("该申请人在本县已有进行中的发展档案", "nationalId");
        }

        var settings = await db.DevelopmentSettingsAsync(cancellationToken);
        var application = new StepRecord(request.ApplicationOn!.Value, Note: string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        if (DevelopmentCase.Open(Guid.NewGuid(), request.Name!.Trim(), protector.Protect(nationalId), facts, request.OrganizationId!.Value, application, settings, now, out var opened) is { } refusal)
        {
            return DevelopmentCases.Refused(refusal, "applicationOn");
        }

        db.DevelopmentCases.Add(opened!);
        db.Publish(DevelopmentStatistics.StageChanged(db.Tenant.TenantId!, opened!, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return MemberProblems.Conflict("该申请人在本县已有进行中的发展档案", "nationalId");
        }

        var name = await db.OrganizationNameAsync(opened!.OrganizationId, cancellationToken);
        return TypedResults.Created($"/api/members/development/{opened.Id}", DevelopmentCaseResponse.From(opened, name, null, settings, today));
    }

    public static async Task<Results<Ok<DevelopmentCaseResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await db.VisibleTo(user).AsNoTracking().Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var revealed = MemberAccess.MaySeeNationalId(user) ? protector.Reveal(found.NationalId) : null;
        var settings = await db.DevelopmentSettingsAsync(cancellationToken);
        var name = await db.OrganizationNameAsync(found.OrganizationId, cancellationToken);
        return TypedResults.Ok(DevelopmentCaseResponse.From(found, name, revealed, settings, StepFields.Today(clock)));
    }

    /// <summary>
    /// Cases by application date; <c>stage</c> by name, <c>organizationId</c> for a subtree, <c>overdue</c> for cases with a
    /// step past due. Keyset pages of <c>limit</c>: the next page is <c>after</c> the last case's id.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<DevelopmentCaseSummary>>, ValidationProblem>> List(
        ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? stage = null, Guid? organizationId = null, bool? overdue = null, int limit = 100, Guid? after = null)
    {
        var validation = new Validation();
        var stageFilter = stage is null ? null : StepFields.Enum<DevelopmentStage>(validation, "stage", stage, "发展阶段");
        validation.PageLimit(limit, MaxPage);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var today = StepFields.Today(clock);
        var visible = db.VisibleTo(user).AsNoTracking();
        var cases = Filter(visible, db, stageFilter, organizationId);
        if (overdue is { } late)
        {
            cases = late ? cases.Where(c => c.NextDueOn < today) : cases.Where(c => c.NextDueOn == null || c.NextDueOn >= today);
        }

        if (after is { } afterId)
        {
            // A case the caller cannot see (or none) gives no position to continue from: the answer is the last page's end.
            if (await visible.Where(c => c.Id == afterId).Select(c => (DateOnly?)c.ApplicationOn).FirstOrDefaultAsync(cancellationToken) is not { } from)
            {
                return TypedResults.Ok<IReadOnlyList<DevelopmentCaseSummary>>([]);
            }

            cases = cases.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.ApplicationOn, c.Id), ValueTuple.Create(from, afterId)));
        }

        var page = await cases.OrderBy(c => c.ApplicationOn).ThenBy(c => c.Id).Take(limit)
            .Select(c => new DevelopmentCaseSummary(
                c.Id, c.Name, c.NationalIdMasked, c.OrganizationId,
                db.Organizations.Where(o => o.OrganizationId == c.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                c.Stage.ToString(), c.StageSince, c.ApplicationOn, c.NextDueOn, c.NextDueOn < today))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DevelopmentCaseSummary>>(page);
    }

    /// <summary>The applicants pool on a day (today by default): how many cases stood at each stage at its end.</summary>
    public static async Task<Ok<StageCountsResponse>> Counts(
        ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken, DateOnly? on = null, Guid? organizationId = null)
    {
        var day = on ?? StepFields.Today(clock);
        var cases = await Filter(db.VisibleTo(user).AsNoTracking(), db, null, organizationId)
            .Where(c => c.ApplicationOn <= day).Include(c => c.Decisions).AsSplitQuery().ToListAsync(cancellationToken);
        var counts = Enum.GetValues<DevelopmentStage>().ToDictionary(s => s.ToString(), _ => 0);
        foreach (var stage in cases.Select(c => c.StageOn(day)).OfType<DevelopmentStage>())
        {
            counts[stage.ToString()]++;
        }

        return TypedResults.Ok(new StageCountsResponse(day, organizationId, counts));
    }

    private static IQueryable<DevelopmentCase> Filter(IQueryable<DevelopmentCase> cases, MembersDbContext db, DevelopmentStage? stage, Guid? organizationId)
    {
        if (stage is { } s)
        {
            cases = cases.Where(c => c.Stage == s);
        }

        if (organizationId is { } org)
        {
            var subtree = db.Subtree(org);
            cases = cases.Where(c => subtree.Any(o => o.OrganizationId == c.OrganizationId));
        }

        return cases;
    }
}
