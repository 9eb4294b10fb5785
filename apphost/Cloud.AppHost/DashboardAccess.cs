using Microsoft.Extensions.Configuration;

namespace Cloud.AppHost;

/// <summary>
/// The dashboard shows every resource's environment (database passwords, keys) and console, so it keeps Aspire's
/// browser-token login rather than anonymous access, even on 127.0.0.1: any local user could otherwise read them.
/// The token and the telemetry API key are new on every run and written to .data/dashboard.env (mode 600) for scripts and tests.
/// </summary>
public sealed record DashboardAccess(string Url, string BrowserToken, string ApiKey)
{
    public string LoginUrl => $"{Url}/login?t={BrowserToken}";

    public static DashboardAccess Configure(IDistributedApplicationBuilder builder, CloudSettings settings)
    {
        var url = (builder.Configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:18888").Split(';')[0].TrimEnd('/');
        var access = new DashboardAccess(url, LocalSecrets.NewToken(), LocalSecrets.NewToken());
        builder.Configuration["AppHost:BrowserToken"] = access.BrowserToken;
        builder.Configuration["AppHost:DashboardApiKey"] = access.ApiKey;
        LocalSecrets.WritePrivate(settings.DataPath("dashboard.env"), $"""
            DASHBOARD_URL={access.Url}
            DASHBOARD_LOGIN_URL={access.LoginUrl}
            DASHBOARD_API_KEY={access.ApiKey}

            """);
        return access;
    }
}
