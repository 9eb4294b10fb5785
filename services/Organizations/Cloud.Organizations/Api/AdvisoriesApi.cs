using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Organizations.Api;

/// <summary>The county's advisories (business-rule warnings, never errors), for the organization department's work list.</summary>
public static class AdvisoriesApi
{
    public static IEndpointRouteBuilder MapAdvisoriesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/advisories", ListAdvisories).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    /// <summary>Every advisory of the organizations the user sees, optionally of one rule (<c>code</c>), grouped by rule.</summary>
    public static async Task<Ok<AdvisoryResponse[]>> ListAdvisories(
        string? code, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var advisories = await db.AdvisoriesAsync(db.VisibleTo(user), CountyCalendar.Today(clock), cancellationToken);
        return TypedResults.Ok(advisories
            .Where(a => string.IsNullOrEmpty(code) || a.Advisory.Code == code)
            .OrderBy(a => a.Advisory.Code, StringComparer.Ordinal).ThenBy(a => a.OrganizationName, StringComparer.Ordinal)
            .Select(AdvisoryResponse.From)
            .ToArray());
    }
}
