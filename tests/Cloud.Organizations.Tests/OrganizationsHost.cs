using System.Net.Http.Headers;
using Cloud.Organizations;
using Cloud.Organizations.Data;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The Organizations service on a real socket against the test PostgreSQL and RabbitMQ, shared by a test class.</summary>
public sealed class OrganizationsHost : IAsyncLifetime
{
    public ServiceHost<OrganizationsEntryPoint> Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        Host = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName).Start();
    }

    public HttpClient ClientFor(string county)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.CountyAdmin(county));
        return client;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
