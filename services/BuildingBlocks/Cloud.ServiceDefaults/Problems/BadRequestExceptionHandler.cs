using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cloud.ServiceDefaults.Problems;

/// <summary>
/// Malformed JSON, a wrong content type or a body over the limit surface as <see cref="BadHttpRequestException"/>;
/// answer them with their own status as problem+json instead of a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["body"] = [bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "请求内容超过大小限制" : "请求内容格式错误"],
        })
        {
            Status = bad.StatusCode,
            Title = ProblemTitles.For(bad.StatusCode),
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
