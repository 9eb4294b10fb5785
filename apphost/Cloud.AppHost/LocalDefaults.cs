namespace Cloud.AppHost;

/// <summary>
/// Where the dashboard listens when nobody said otherwise: fixed loopback ports (the README lists them), plain HTTP
/// (no developer certificate here). Set as process variables before Aspire reads its configuration, so that running
/// the AppHost's dll, `dotnet run` and a test that overrides one of them all behave the same.
/// </summary>
public static class LocalDefaults
{
    private static readonly (string Name, string Value)[] Variables =
    [
        ("ASPNETCORE_URLS", "http://127.0.0.1:18888"),
        ("ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL", "http://127.0.0.1:18889"),
        ("ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", "http://127.0.0.1:18887"),
        ("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true"),
        ("ASPIRE_DASHBOARD_TELEMETRY_OPTOUT", "true"),
        ("DOTNET_ENVIRONMENT", "Development"),
    ];

    public static void Apply()
    {
        foreach (var (name, value) in Variables)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
