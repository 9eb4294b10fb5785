using System.Globalization;

namespace Cloud.AppHost;

/// <summary>What a developer needs once everything is up: URLs, connection strings without passwords, a token and a curl.</summary>
public static class ReadyBanner
{
    private const string Rule = "────────────────────────────────────────────────────────────────────────────────";

    public static void Print(AppHostSettings settings, ServiceEnvironment environment, string token, string tokenPath, DemoPasswords passwords, TimeSpan elapsed)
    {
        var gateway = settings.GatewayService.Origin;
        List<(string Name, string Address, string Database)> rows =
        [
            .. settings.Services.Select(s => (s.Name, s.Origin, s.Database is { } db ? environment.ConnectionString(db, "app", withPassword: false) : string.Empty)),
            ("postgres", $"127.0.0.1:{settings.PostgresPort}", "roles <db>_owner, <db>_app, <db>_relay"),
            ("rabbitmq", environment.MessagingUrl.Replace("guest:guest@", "guest@", StringComparison.Ordinal), string.Empty),
        ];
        var nameWidth = rows.Max(r => r.Name.Length) + 2;
        var urlWidth = rows.Max(r => r.Address.Length) + 2;

        List<string> lines =
        [
            Rule,
            string.Create(CultureInfo.InvariantCulture, $"Cloud is ready ({elapsed.TotalSeconds:0.0} s). Ctrl+C stops everything."),
            string.Empty,
            $"  {"name".PadRight(nameWidth)}{"url".PadRight(urlWidth)}database (password: ${ServiceEnvironment.PasswordVariable}, default {ServiceEnvironment.DefaultPassword})",
            .. rows.Select(r => $"  {r.Name.PadRight(nameWidth)}{r.Address.PadRight(urlWidth)}{r.Database}".TrimEnd()),
            string.Empty,
            $"Gateway: {gateway}",
            string.Empty,
            $"Sign in at {gateway}/account/login (区县代码 {DemoCounty.Code}); passwords are in {passwords.Directory}/<login>:",
            $"  platform operator: {DemoCounty.PlatformLogin} (区县代码 blank)",
            $"  county admin:      {DemoCounty.AdminLogin} (CountyAdmin)",
            .. DemoCounty.Users.Select(u => $"  {u.DisplayName}: {u.Login} ({u.Role})"),
            string.Empty,
            $"Access token of {DemoCounty.SignInName(DemoCounty.AdminLogin)}, valid 15 minutes (also in {tokenPath}); a new one:",
            $"  curl -s {gateway}/connect/token -d grant_type=password -d client_id=cloud-portal -d username={DemoCounty.SignInName(DemoCounty.AdminLogin)} --data-urlencode password=$(cat {passwords.Directory}/{DemoCounty.AdminLogin})",
            $"export TOKEN={token}",
            $"curl -H \"Authorization: Bearer $TOKEN\" {gateway}/api/organizations",
            Rule,
        ];
        ConsoleOutput.Block(lines);
    }
}
