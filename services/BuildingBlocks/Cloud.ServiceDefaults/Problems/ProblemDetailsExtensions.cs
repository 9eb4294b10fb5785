using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error is RFC 9457 problem+json with a Chinese title and the trace id.</summary>
    public static IServiceCollection AddCloudProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Status = status;
            if (string.IsNullOrEmpty(context.ProblemDetails.Title) || IsDefaultEnglishTitle(context.ProblemDetails.Title))
            {
                context.ProblemDetails.Title = ProblemTitles.For(status);
            }

            context.ProblemDetails.Detail = status >= 500 ? null : context.ProblemDetails.Detail;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.TraceId.ToString();
            if (traceId is not null)
            {
                context.ProblemDetails.Extensions["traceId"] = traceId;
            }
        });
    }

    // ASP.NET Core fills titles like "Bad Request" or "One or more validation errors occurred."; ours are Chinese.
    private static bool IsDefaultEnglishTitle(string title) => title.All(c => c < 128);
}
