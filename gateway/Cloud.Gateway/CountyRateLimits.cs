using System.Globalization;
using System.Threading.RateLimiting;
using Cloud.ServiceDefaults;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.RateLimiting;

namespace Cloud.Gateway;

/// <summary>
/// A token bucket per county (per client address when there is no county), so one county's burst cannot starve the
/// others. Over the limit: 429 problem+json with Retry-After. Settings: <c>RateLimits:TokenLimit</c>, <c>TokensPerSecond</c>.
/// </summary>
public static class CountyRateLimits
{
    public static IServiceCollection AddCountyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var burst = configuration.GetValue("RateLimits:TokenLimit", 200);
        var perSecond = configuration.GetValue("RateLimits:TokensPerSecond", 100);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments(Extensions.HealthPath) || context.Request.Path.StartsWithSegments(Extensions.AlivePath))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                if (IsPortalAsset(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("portal-assets");
                }

                var county = context.User.FindFirst(CloudClaims.Tenant)?.Value;
                var key = CountyCode.IsValid(county) ? $"county:{county}" : $"address:{context.Connection.RemoteIpAddress}";
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = RejectAsync;
        });
    }

    /// <summary>
    /// The Portal's framework and style files (fingerprinted, cached by browsers): a county office behind one address opens
    /// the Portal on many desks at once, and its anonymous page loads must not use up that address's bucket. The API calls
    /// the pages make still count against the county.
    /// </summary>
    private static bool IsPortalAsset(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.StartsWithSegments("/_framework") || request.Path.StartsWithSegments("/_content")
            || (Path.HasExtension(request.Path.Value) && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/connect")
                && !request.Path.StartsWithSegments("/public") && !request.Path.StartsWithSegments("/account")));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = ProblemTitles.For(StatusCodes.Status429TooManyRequests) },
        });
    }
}
