using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>Terms (届次): elections that start them, approved extensions, each organization's history and the county's 换届 list.</summary>
public static class TermsApi
{
    public static IEndpointRouteBuilder MapTermsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/terms", ListCountyTerms);
        api.MapGet("/{id:guid}/terms", ListTerms);
        api.MapPost("/{id:guid}/terms", RecordElection).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPost("/{id:guid}/terms/{termId:guid}/extension", ExtendTerm).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPost("/{id:guid}/terms/{termId:guid}/approval", RecordTermApproval).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return app;
    }

    /// <summary>The open terms of the organizations the user sees, as of <c>asOf</c> (today), optionally of one status; by planned end.</summary>
    public static async Task<Results<Ok<CountyTermResponse[]>, ValidationProblem>> ListCountyTerms(string? status, string? asOf, [AsParameters] LeadershipServices services)
    {
        var validation = new Validation();
        var date = validation.ParseAsOf(asOf, services.Today);
        TermStatus? wanted = null;
        if (status is not null)
        {
            if (EnumNames.TryParse(status, out TermStatus parsed) && parsed != TermStatus.Closed)
            {
                wanted = parsed;
            }
            else
            {
                validation.Add("status", $"状态必须是 {EnumNames.Names(Enum.GetValues<TermStatus>().Where(s => s != TermStatus.Closed))} 之一");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var day = date!.Value;
        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        var rows = await (
            from t in services.Db.Terms.AsNoTracking()
            join o in services.Db.VisibleTo(services.User) on t.OrganizationId equals o.Id
            where t.StartedOn <= day && (t.ClosedOn == null || t.ClosedOn > day)
            orderby t.PlannedEndOn, o.Name
            select new { Term = t, o.Name, o.Type }).ToListAsync(services.CancellationToken);
        return TypedResults.Ok(rows
            .Select(r => (Row: r, Status: r.Term.StatusOn(day, settings.TermDueSoonMonths)))
            .Where(r => wanted is null || r.Status == wanted)
            .Select(r => CountyTermResponse.From(r.Row.Term, r.Row.Name, r.Row.Type, r.Status))
            .ToArray());
    }

    /// <summary>An organization's terms, first to last, with their status as of <c>asOf</c> (today).</summary>
    public static async Task<Results<Ok<TermResponse[]>, ValidationProblem, NotFound>> ListTerms(Guid id, string? asOf, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is null)
        {
            return TypedResults.NotFound();
        }

        var validation = new Validation();
        var date = validation.ParseAsOf(asOf, services.Today);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        var terms = await services.Db.Terms.AsNoTracking().Where(t => t.OrganizationId == id).OrderBy(t => t.TermNumber).ToListAsync(services.CancellationToken);
        return TypedResults.Ok(terms.Select(t => TermResponse.From(t, date!.Value, settings)).ToArray());
    }

    /// <summary>Records an election (or appointment): the next term starts and the open one closes that day.</summary>
    public static async Task<Results<Created<ElectionRecordedResponse>, ValidationProblem, ProblemHttpResult, NotFound>> RecordElection(
        Guid id, RecordElectionRequest request, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = services.Today;
        var validation = request.Validate(today, out var election);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        return await services.ChangeLeadershipAsync(
            organization,
            (leadership, now) => leadership.RecordElection(election!, settings, now),
            (leadership, outcome) => TypedResults.Created(
                $"/api/organizations/{id}/terms",
                new ElectionRecordedResponse(
                    TermResponse.From(leadership.OpenTerm!, today, settings),
                    [.. leadership.Created.OfType<CommitteePosition>().Select(PositionResponse.From)],
                    [.. outcome.Warnings])));
    }

    /// <summary>延期换届: records the superior's approval of putting the term's election off.</summary>
    public static async Task<Results<Ok<TermResponse>, ValidationProblem, ProblemHttpResult, NotFound>> ExtendTerm(
        Guid id, Guid termId, ExtendTermRequest request, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = services.Today;
        var validation = request.Validate(today);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        Term? term = null;
        return await services.ChangeLeadershipAsync(
            organization,
            (leadership, _) => (term = leadership.Terms.FirstOrDefault(t => t.Id == termId)) is null
                ? null
                : leadership.ExtendTerm(term, request.ExtendedUntil!.Value, request.ApprovedOn!.Value, request.ApprovalDocNo!, settings),
            (_, _) => TypedResults.Ok(TermResponse.From(term!, today, settings)));
    }

    /// <summary>Records the superior's approval of the secretary and/or the filing with the superior (O18) after the election.</summary>
    public static async Task<Results<Ok<TermResponse>, ValidationProblem, ProblemHttpResult, NotFound>> RecordTermApproval(
        Guid id, Guid termId, TermApprovalRequest request, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = services.Today;
        var validation = request.Validate(today);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        Term? term = null;
        return await services.ChangeLeadershipAsync(
            organization,
            (leadership, _) => (term = leadership.Terms.FirstOrDefault(t => t.Id == termId)) is null
                ? null
                : leadership.RecordTermApproval(term, request.SuperiorApprovalOn, request.FilingOn),
            (_, _) => TypedResults.Ok(TermResponse.From(term!, today, settings)));
    }
}
