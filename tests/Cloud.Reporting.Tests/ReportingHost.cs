using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Persistence;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Reporting.Tests;

/// <summary>
/// The Reporting service on a real socket, with a bus of the test's own publishing what the Organizations and Members
/// services would. A test class shares one; each test works in a county of its own.
/// </summary>
public sealed class ReportingHost : IAsyncLifetime
{
    public static readonly TimeSpan Arrival = TimeSpan.FromSeconds(15);

    public ServiceHost<ReportingEntryPoint> Service { get; private set; } = null!;

    public TestBus<OrganizationRegistered> Publisher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        Service = new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).Start();
        Publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
    }

    public async Task DisposeAsync()
    {
        await Publisher.DisposeAsync();
        await Service.DisposeAsync();
    }

    public OrganizationTreeEvents TreeOf(string county) => new(Publisher, county);

    public async Task<CountyOverview> OverviewAsync(string token)
    {
        using var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetFromJsonAsync<CountyOverview>("/api/reporting/overview"))!;
    }

    /// <summary>The events of <paramref name="county"/> the consumer of <typeparamref name="TEvent"/> has processed and committed.</summary>
    public async Task<int> ProcessedAsync<TEvent>(string county)
    {
        using var scope = Service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        db.Tenant.Set(county);
        return await db.Inbox.CountAsync(m => m.Consumer.EndsWith($":{typeof(TEvent).Name}"));
    }
}
