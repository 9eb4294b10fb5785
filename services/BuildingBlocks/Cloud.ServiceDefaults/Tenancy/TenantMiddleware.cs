namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>Takes the county from the authenticated user's <c>tenant</c> claim.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        var claim = context.User.FindFirst(TenantContext.ClaimType)?.Value;
        if (context.User.Identity?.IsAuthenticated == true && CountyCode.IsValid(claim))
        {
            tenant.Set(claim!);
        }

        return next(context);
    }
}
