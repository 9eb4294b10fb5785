using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Cloud.AppHost;

/// <summary>The "Cloud" section of appsettings.json (override with Cloud__GatewayPort=… and the like): ports and the data folder.</summary>
public sealed class CloudSettings
{
    public string DataDirectory { get; init; } = ".data";

    public int PostgresPort { get; init; } = 15432;

    public int RabbitMqPort { get; init; } = 15672;

    public int GatewayPort { get; init; } = 18000;

    public int IdentityPort { get; init; } = 18100;

    public int OrganizationsPort { get; init; } = 18101;

    public int ReportingPort { get; init; } = 18102;

    public int MembersPort { get; init; } = 18103;

    public int PortalPort { get; init; } = 18104;

    /// <summary>The repository (the folder with Cloud.sln); scripts run from it and a relative data folder lies in it.</summary>
    public string Root { get; private set; } = string.Empty;

    /// <summary>Password of the database roles infra/postgres.sh creates; CLOUD_DB_PASSWORD, as the scripts read it.</summary>
    public string DatabasePassword { get; private set; } = "cloud-dev";

    /// <summary>Tokens' issuer: the gateway, where the discovery document is reached.</summary>
    public string GatewayOrigin => Origin(GatewayPort);

    public static CloudSettings Load(IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Cloud").Get<CloudSettings>() ?? new CloudSettings();
        settings.Root = FindRoot(builder.AppHostDirectory);
        settings.DatabasePassword = builder.Configuration["CLOUD_DB_PASSWORD"] is { Length: > 0 } password ? password : settings.DatabasePassword;
        Directory.CreateDirectory(settings.DataPath(string.Empty));
        return settings;
    }

    public string DataPath(string name) => Path.GetFullPath(Path.Combine(Root, DataDirectory, name));

    public static string Origin(int port) => $"http://127.0.0.1:{port}";

    public static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cloud.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Cloud.sln in {start} or any folder above it");
    }
}
