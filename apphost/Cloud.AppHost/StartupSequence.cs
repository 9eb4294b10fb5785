using System.Diagnostics;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.AppHost;

/// <summary>
/// Checks, then RabbitMQ alongside PostgreSQL and the migrations, then the services, their health, the demo seed and
/// the banner. Everything started is registered with <see cref="Shutdown"/> first, so a failure at any step stops it.
/// </summary>
public sealed class StartupSequence(RepositoryLayout layout, AppHostSettings settings, LaunchOptions options, Shutdown shutdown)
{
    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        ConsoleOutput.ReserveWidth(settings.Services.Select(s => s.Name).Append("postgres").Append("rabbitmq"));
        Directory.CreateDirectory(layout.DataDirectory);

        // Services validate Identity's tokens through the discovery document at the authority (the gateway).
        var identity = new CloudIdentityOptions { Authority = settings.Identity.Authority, Audience = settings.Identity.Audience };
        var passwords = new DemoPasswords(layout.DataPath("passwords"));
        var identityOnly = new Dictionary<string, string>
        {
            ["Identity__SigningKeyPem"] = SigningKeyStore.LoadOrCreate(layout.DataPath("identity-signing-key.pem")),
            ["Identity__BootstrapAdminPassword"] = passwords.Platform,
            ["Identity__PortalRedirectUris"] = settings.GatewayService.Origin + "/signin-oidc",
            ["Identity__PortalPostLogoutRedirectUris"] = settings.GatewayService.Origin + "/",
        };
        var environment = new ServiceEnvironment(settings, identity, ServiceEnvironment.PasswordFromEnvironment(),
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [settings.IdentityService] = identityOnly,
                ["members"] = NationalIdKeyStore.LoadOrCreate(layout.DataPath("members-national-id-keys.json")),
            });
        var launcher = new ServiceLauncher(layout, environment);
        launcher.EnsureBuilt(settings.Services);
        ServiceLauncher.EnsurePortsFree(settings.Services);
        DatabaseList.EnsureListed(layout, settings.Databases);

        await StartInfrastructureAndMigrateAsync(environment, launcher);
        var running = StartServices(launcher);

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var health = new HealthWaiter(http, TimeSpan.FromSeconds(settings.HealthTimeoutSeconds));
        await Concurrently.RunAsync(
            running.Select(r => (Func<CancellationToken, Task>)(token => health.WaitAsync(r.Service, r.Process, token))),
            failFast: true,
            shutdown.Token);

        var seed = new DemoSeed(http, settings.GatewayService.Origin, new IdentityClient(http, settings.GatewayService.Origin), passwords, layout.DataPath("demo-seeded"));
        if (options.SeedDemo || !seed.IsDone)
        {
            await seed.RunAsync(shutdown.Token);
        }

        await seed.SeedMembersAsync(shutdown.Token);

        var token = await seed.AdminTokenAsync(shutdown.Token);
        var tokenPath = layout.DataPath("demo-token");
        PrivateFile.Write(tokenPath, token + "\n");
        ReadyBanner.Print(settings, environment, token, tokenPath, passwords, clock.Elapsed);
        foreach (var (service, process) in running)
        {
            _ = ReportUnexpectedExitAsync(service, process);
        }
    }

    private async Task StartInfrastructureAndMigrateAsync(ServiceEnvironment environment, ServiceLauncher launcher)
    {
        var postgres = new ScriptedServer(
            "postgres", layout, "infra/postgres.sh", layout.DataPath("postgres"), settings.PostgresPort, environment.ForScripts());
        var rabbitMq = new ScriptedServer(
            "rabbitmq", layout, "infra/rabbitmq.sh", layout.DataPath("rabbitmq"), settings.RabbitMqPort, environment.ForScripts());
        postgres.EnsureCanStart();
        rabbitMq.EnsureCanStart();
        // Stopped in reverse order: RabbitMQ, then PostgreSQL.
        shutdown.Track(postgres);
        shutdown.Track(rabbitMq);

        // RabbitMQ takes several seconds to boot; PostgreSQL and then the migrations, which need only it, run meanwhile.
        var migrations = settings.Services.Where(s => s.Database is not null)
            .Select(s => (Func<CancellationToken, Task>)(token => launcher.MigrateAsync(s, token)))
            .ToList();
        await Concurrently.RunAsync(
            [
                _ => rabbitMq.StartAsync(),
                async token =>
                {
                    await postgres.StartAsync();
                    token.ThrowIfCancellationRequested();
                    await Concurrently.RunAsync(migrations, failFast: false, token);
                },
            ],
            failFast: false,
            shutdown.Token);
        shutdown.Token.ThrowIfCancellationRequested();
    }

    /// <summary>In manifest order, without waiting for each: they find each other through service discovery when called.</summary>
    private List<(ServiceDefinition Service, ChildProcess Process)> StartServices(ServiceLauncher launcher)
    {
        var running = new List<(ServiceDefinition Service, ChildProcess Process)>();
        foreach (var service in settings.Services)
        {
            var process = launcher.Start(service);
            shutdown.Track(process);
            running.Add((service, process));
        }

        return running;
    }

    /// <summary>A service that dies later is reported; the others keep running, as under Aspire.</summary>
    private async Task ReportUnexpectedExitAsync(ServiceDefinition service, ChildProcess process)
    {
        var code = await process.Exited;
        if (!shutdown.IsStopping)
        {
            ConsoleOutput.Error($"{service.Name} exited with code {code}; the others keep running (Ctrl+C stops everything)");
        }
    }
}
