using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.Testing;

/// <summary>
/// A service hosted in the test process on a real socket, configured through the same variables the AppHost sets
/// (architecture.md §3), against the PostgreSQL and RabbitMQ of infra/test.sh.
/// </summary>
public class ServiceHost<TEntryPoint>(string? database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly List<Action<IServiceCollection>> _services = [];
    private IHost? _host;

    public Uri Address => new(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));

    public ServiceHost<TEntryPoint> WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Starts Kestrel on <paramref name="port"/> (a free one by default) and returns the host.</summary>
    public ServiceHost<TEntryPoint> Start(int port = 0)
    {
        UseKestrel(port);
        StartServer();
        return this;
    }

    /// <summary>
    /// Stops the bus, then the host, then disposes it. Disposed as the factory does it, or even after the host's own stop,
    /// the container went while the bus was still consuming: a message this host had taken failed on the disposed
    /// container and stayed unacknowledged on the connection, which outlives the host in the test process, so the other
    /// hosts of the run never saw it (a real process exits, and the broker gives the message back). Stopping the bus
    /// first waits for what it is consuming and hands back what it had prefetched.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            if (_host.Services.GetService<IBusControl>() is { } bus)
            {
                await bus.StopAsync(TimeSpan.FromSeconds(10));
            }

            await _host.StopAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Identity:Authority", TestTokens.Identity.Authority);
        builder.UseSetting("Identity:Audience", TestTokens.Identity.Audience);
        builder.UseSetting("Identity:SigningKey", TestTokens.Identity.SigningKey);
        builder.UseSetting("ConnectionStrings:messaging", TestEnvironment.AmqpUrl);
        builder.UseSetting("Outbox:IdleDelay", "00:00:00.100");
        if (database is not null)
        {
            builder.UseSetting($"ConnectionStrings:{database}", TestEnvironment.ConnectionString(database, "app"));
            builder.UseSetting($"ConnectionStrings:{database}-migrator", TestEnvironment.ConnectionString(database, "owner"));
            builder.UseSetting($"ConnectionStrings:{database}-relay", TestEnvironment.ConnectionString(database, "relay"));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => _services.ForEach(configure => configure(services)));
    }
}
