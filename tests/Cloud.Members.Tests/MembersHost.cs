using System.Net.Http.Headers;
using Cloud.Members.Data;
using Cloud.Testing;

namespace Cloud.Members.Tests;

/// <summary>The Members service on a real socket against the test PostgreSQL and RabbitMQ, one per test class.</summary>
public sealed class MembersHost : IAsyncLifetime
{
    public ServiceHost<MembersEntryPoint> Host { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
        Host = new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName).Start();
    }

    /// <summary>Uses a host started elsewhere (e.g. with captured telemetry) instead of <see cref="InitializeAsync"/>.</summary>
    public void Use(ServiceHost<MembersEntryPoint> host) => Host = host;

    public HttpClient ClientFor(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
