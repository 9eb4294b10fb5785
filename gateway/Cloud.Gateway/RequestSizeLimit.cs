using Cloud.ServiceDefaults;
using Cloud.ServiceDefaults.Problems;
using Yarp.ReverseProxy.Model;

namespace Cloud.Gateway;

/// <summary>
/// Refuses a declared body over the limit with 413 problem+json before anything is proxied; a chunked body is cut
/// by Kestrel's limit while proxied, and <see cref="ForwarderErrors"/> turns that into the same 413. A route may raise
/// its own limit with YARP's <c>MaxRequestBodySize</c> (the organization-list import does), which YARP also applies to Kestrel.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _limit = RequestLimits.MaxRequestBodyBytes(configuration);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        // Routing has already matched (WebApplication runs it first), so the route's own limit is known here.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.MaxRequestBodySize is > 0 and var routeLimit
            ? routeLimit
            : _limit;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(new Dictionary<string, string[]>
                {
                    ["body"] = [$"请求内容不能超过 {limit / 1024} KB"],
                })
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = ProblemTitles.For(StatusCodes.Status413PayloadTooLarge),
                },
            });
            return;
        }

        await next(context);
    }
}
