using Cloud.ServiceDefaults;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Gateway;

/// <summary>
/// Refuses a declared body over the limit with 413 problem+json before anything is proxied; a chunked body is cut
/// by Kestrel's limit while proxied, and <see cref="ForwarderErrors"/> turns that into the same 413.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _limit = RequestLimits.MaxRequestBodyBytes(configuration);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > _limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(new Dictionary<string, string[]>
                {
                    ["body"] = [$"请求内容不能超过 {_limit / 1024} KB"],
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
