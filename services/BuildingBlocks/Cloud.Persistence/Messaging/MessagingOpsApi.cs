using Cloud.Persistence.Outbox;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Persistence.Messaging;

public static class MessagingOpsApi
{
    /// <summary>
    /// <c>GET /api/&lt;database&gt;/ops/messaging</c> (under the service's own prefix, so the gateway routes it): outbox
    /// and inbox counts across counties, for the ops team and the platform operator only.
    /// </summary>
    public static IEndpointRouteBuilder MapMessagingOps(this IEndpointRouteBuilder app)
    {
        var service = app.ServiceProvider.GetRequiredService<CloudDatabase>().Name;
        app.MapGet($"/api/{service}/ops/messaging", GetStatusAsync).RequireAuthorization(CloudPolicies.Operations);
        return app;
    }

    private static async Task<Ok<MessagingStatus>> GetStatusAsync(RelayDataSource relay, CancellationToken cancellationToken) =>
        TypedResults.Ok(await MessagingStatus.ReadAsync(relay.DataSource, cancellationToken));
}
