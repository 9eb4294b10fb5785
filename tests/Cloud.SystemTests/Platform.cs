using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Cloud.Gateway;
using Cloud.Identity;
using Cloud.Identity.Data;
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
/// Gateway, Identity, Organizations, Members and Reporting on real sockets, wired by service discovery variables as the AppHost wires
/// them, over the test PostgreSQL and RabbitMQ. Every span any of them ends is collected for the trace tests.
/// </summary>
public sealed class Platform : HostGroup
{
    public SpanCollector Spans { get; } = new();

    /// <summary>What every host (the gateway included) would export, after its own scrubbing.</summary>
    public TelemetryCapture Telemetry { get; } = new();

    /// <summary>Every host by name (identity, organizations, members, reporting, gateway), with its services and address.</summary>
    public IReadOnlyDictionary<string, (IServiceProvider Services, Uri Address)> Hosts { get; private set; } =
        new Dictionary<string, (IServiceProvider, Uri)>();

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The service providers of the business services (not the gateway).</summary>
    public IReadOnlyList<IServiceProvider> Services { get; private set; } = [];

    /// <summary>The Members service's provider, to ask what its copy of the tree knows.</summary>
    public IServiceProvider Members { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await PlatformDatabases.MigrateAsync();
        var identity = Track(Observed(new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, new Dictionary<string, string?>
        {
            ["Identity:BootstrapAdminPassword"] = SignedInPlatform.PlatformPassword,
        }), "identity").Start());
        var organizations = Track(Observed(new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName), "organizations").Start());
        var members = Track(Observed(new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName), "members").Start());
        var reporting = Track(Observed(new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName), "reporting").Start());
        var gateway = Track(Observed(new ServiceHost<GatewayEntryPoint>(null, new Dictionary<string, string?>
        {
            ["services:identity:http:0"] = identity.Address.ToString(),
            ["services:organizations:http:0"] = organizations.Address.ToString(),
            ["services:members:http:0"] = members.Address.ToString(),
            ["services:reporting:http:0"] = reporting.Address.ToString(),
        }), "gateway").Start());
        Hosts = new Dictionary<string, (IServiceProvider, Uri)>
        {
            ["identity"] = (identity.Services, identity.Address),
            ["organizations"] = (organizations.Services, organizations.Address),
            ["members"] = (members.Services, members.Address),
            ["reporting"] = (reporting.Services, reporting.Address),
            ["gateway"] = (gateway.Services, gateway.Address),
        };
        Gateway = gateway.Address;
        Services = [organizations.Services, members.Services, reporting.Services];
        Members = members.Services;
    }

    private ServiceHost<T> Observed<T>(ServiceHost<T> host, string name)
        where T : class => host.WithServices(Spans.Export).WithServices(Telemetry.For(name));

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
