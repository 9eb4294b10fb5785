using Microsoft.AspNetCore.Http.Features;

namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>Takes the county from the authenticated user's <c>tenant</c> claim, and tags the request's metrics with it.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        var claim = context.User.FindFirst(TenantContext.ClaimType)?.Value;
        var county = context.User.Identity?.IsAuthenticated == true && CountyCode.IsValid(claim) ? claim : null;
        if (county is not null)
        {
            tenant.Set(county);
        }

        // http.server.request.duration by county: one value per county (bounded), never a user.
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(TenantTelemetry.TagName, county ?? TenantTelemetry.NoTenant));
        return next(context);
    }
}
