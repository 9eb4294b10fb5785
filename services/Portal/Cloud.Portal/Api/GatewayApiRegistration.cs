namespace Cloud.Portal.Api;

public static class GatewayApiRegistration
{
    /// <summary>The gateway client: its address from service discovery (<c>http://gateway</c>), no resilience handler (see <see cref="GatewayApi"/>).</summary>
    public static IServiceCollection AddGatewayApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<GatewayApi>(GatewayApi.ClientName, http =>
        {
            http.BaseAddress = new Uri(configuration["Portal:Gateway"] ?? "http://gateway");
            http.Timeout = TimeSpan.FromSeconds(100);
        });
        return services;
    }
}
