using Yarp.ReverseProxy.Forwarder;

namespace Cloud.Gateway;

/// <summary>
/// YARP answers a failed forward with a bare status; a request body that broke the size limit becomes 413, and the
/// status-code pages then write problem+json for every such answer.
/// </summary>
public static class ForwarderErrors
{
    public static async Task MapToProblems(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.GetForwarderErrorFeature();
        if (error?.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && !context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }
}
