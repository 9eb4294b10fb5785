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

namespace Cloud.SystemTests;

/// <summary>
/// The platform as the AppHost runs it: Identity issues the tokens, and the gateway and services accept only what
/// its discovery document vouches for (no shared test key). Identity's address is its issuer, so it is chosen first.
/// </summary>
public sealed class SignedInPlatform : HostGroup
{
    public const string PlatformPassword = "platform-bootstrap-secret";

    public Uri Gateway { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await PlatformDatabases.MigrateAsync();

        var identityPort = FreePort.Next();
        var authority = $"http://127.0.0.1:{identityPort}";
        Dictionary<string, string?> Trusting(Dictionary<string, string?> more) => new(more)
        {
            ["Identity:Authority"] = authority,
            ["Identity:SigningKey"] = null, // only Identity's published keys count
        };

        Track(new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, Trusting(new()
        {
            ["Identity:BootstrapAdminPassword"] = PlatformPassword,
        })).Start(identityPort));
        var organizations = Track(new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName, Trusting([])).Start());
        var reporting = Track(new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName, Trusting([])).Start());
        var members = Track(new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName, Trusting([])).Start());
        var gateway = Track(new ServiceHost<GatewayEntryPoint>(null, Trusting(new()
        {
            ["services:identity:http:0"] = authority,
            ["services:organizations:http:0"] = organizations.Address.ToString(),
            ["services:reporting:http:0"] = reporting.Address.ToString(),
            ["services:members:http:0"] = members.Address.ToString(),
        })).Start());
        Gateway = gateway.Address;
    }
}
