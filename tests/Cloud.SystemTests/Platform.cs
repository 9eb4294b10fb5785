using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Cloud.Gateway;
using Cloud.Members;
using Cloud.Members.Data;
using Cloud.Organizations;
using Cloud.Organizations.Data;
using Cloud.Reporting;
using Cloud.Reporting.Data;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Cloud.SystemTests;

/// <summary>
/// Gateway, Organizations, Members and Reporting on real sockets, wired by service discovery variables as the AppHost wires
/// them, over the test PostgreSQL and RabbitMQ. Every span any of them ends is collected for the trace tests.
/// </summary>
public sealed class Platform : HostGroup
{
    public SpanCollector Spans { get; } = new();

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The service providers of the business services (not the gateway).</summary>
    public IReadOnlyList<IServiceProvider> Services { get; private set; } = [];

    /// <summary>The Members service's provider, to ask what its copy of the tree knows.</summary>
    public IServiceProvider Members { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
        var organizations = Track(new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName).WithServices(Spans.Export).Start());
        var members = Track(new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName).WithServices(Spans.Export).Start());
        var reporting = Track(new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).WithServices(Spans.Export).Start());
        var gateway = Track(new ServiceHost<GatewayEntryPoint>(null, new Dictionary<string, string?>
        {
            ["services:organizations:http:0"] = organizations.Address.ToString(),
            ["services:members:http:0"] = members.Address.ToString(),
            ["services:reporting:http:0"] = reporting.Address.ToString(),
        }).WithServices(Spans.Export).Start());
        Gateway = gateway.Address;
        Services = [organizations.Services, members.Services, reporting.Services];
        Members = members.Services;
    }

    /// <summary>A client of the gateway, as a browser or script outside would be; with a token when given one.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
