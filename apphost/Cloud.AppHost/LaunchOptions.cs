namespace Cloud.AppHost;

/// <summary>The command line.</summary>
public sealed record LaunchOptions(bool ShowHelp, bool SeedDemo)
{
    public const string Usage = """
        Cloud.AppHost: runs PostgreSQL, RabbitMQ and every service of the manifest on this machine.

        usage: dotnet apphost/Cloud.AppHost/bin/Debug/net10.0/Cloud.AppHost.dll [--seed demo] [--help]
               (build first: dotnet build Cloud.sln; infra/run.sh does both)

          --seed demo   create the demo organizations of county 610304 (陈仓区) again, even if .data/demo-seeded
                        says it was done (organizations that already exist by name are kept, not duplicated)
          --help        this text

        The first start seeds the demo county by itself. Data stays in <repo>/.data between runs; delete that
        folder for a fresh start. Ctrl+C (or SIGTERM) stops the services, then RabbitMQ, then PostgreSQL.

        Configuration: apphost/Cloud.AppHost/appsettings.json (ports, identity issuer, service manifest);
        override a value with CLOUD_APPHOST_<key>, e.g. CLOUD_APPHOST_PostgresPort=25432.
        CLOUD_DB_PASSWORD (default cloud-dev) is the password of the database roles.
        OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_PROTOCOL, when set, are passed to every service.
        """;

    /// <summary>Null when the arguments make no sense.</summary>
    public static LaunchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new LaunchOptions(ShowHelp: false, SeedDemo: false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    options = options with { ShowHelp = true };
                    break;
                case "--seed" when i + 1 < args.Count && args[i + 1] == "demo":
                    options = options with { SeedDemo = true };
                    i++;
                    break;
                case "--seed=demo":
                    options = options with { SeedDemo = true };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
