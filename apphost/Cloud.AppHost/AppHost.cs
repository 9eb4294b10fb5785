using Microsoft.Extensions.DependencyInjection;
using Cloud.AppHost;

// The local platform: PostgreSQL and RabbitMQ from Debian's packages as executables (no container runtime here),
// each service with its one-shot migration, the gateway, and the demo county. `infra/run.sh` runs this.
LocalDefaults.Apply();
var builder = DistributedApplication.CreateBuilder(args);
var settings = CloudSettings.Load(builder);
var secrets = new LocalSecrets(settings);
var dashboard = DashboardAccess.Configure(builder, settings);
var port = CloudSettings.Text;

var databasePassword = builder.AddParameter("db-password", settings.DatabasePassword, secret: true);
var postgres = builder.AddExecutable("postgres", "bash", settings.Root, "infra/postgres.sh", "run", settings.DataPath("postgres"), port(settings.PostgresPort))
    .WithEndpoint(port: settings.PostgresPort, targetPort: settings.PostgresPort, scheme: "tcp", name: "tcp", isProxied: false)
    .WithTcpHealthCheck(settings.PostgresPort);
var databases = builder.AddExecutable("databases", "bash", settings.Root, "infra/postgres.sh", "databases", settings.DataPath("postgres"), port(settings.PostgresPort))
    .WithEnvironment("CLOUD_DB_PASSWORD", databasePassword)
    .WaitFor(postgres);
var rabbitMq = builder.AddExecutable("rabbitmq", "bash", settings.Root, "infra/rabbitmq.sh", "run", settings.DataPath("rabbitmq"), port(settings.RabbitMqPort))
    .WithEndpoint(port: settings.RabbitMqPort, targetPort: settings.RabbitMqPort, scheme: "amqp", name: "amqp", isProxied: false)
    .WithAmqpHealthCheck(settings.RabbitMqPort);

var services = new CloudServices(builder, settings, postgres, databases, rabbitMq, databasePassword);
var nationalIdKeys = secrets.NationalIdKeys;
var identity = services.Add<Projects.Cloud_Identity>("identity", settings.IdentityPort, "identity")
    .WithEnvironment("Identity__SigningKeyPem", builder.AddParameter("identity-signing-key", secrets.SigningKeyPem, secret: true))
    .WithEnvironment("Identity__BootstrapAdminPassword", builder.AddParameter("platform-password", secrets.PlatformPassword, secret: true))
    .WithEnvironment("Identity__PortalRedirectUris", settings.GatewayOrigin + "/signin-oidc")
    .WithEnvironment("Identity__PortalPostLogoutRedirectUris", settings.GatewayOrigin + "/signout-callback-oidc");
var organizations = services.Add<Projects.Cloud_Organizations>("organizations", settings.OrganizationsPort, "organizations");
var members = services.Add<Projects.Cloud_Members>("members", settings.MembersPort, "members")
    .WithEnvironment("Members__NationalId__CurrentKeyId", LocalSecrets.NationalIdKeyId)
    .WithEnvironment($"Members__NationalId__Keys__{LocalSecrets.NationalIdKeyId}", builder.AddParameter("national-id-key", nationalIdKeys.EncryptionKey, secret: true))
    .WithEnvironment("Members__NationalId__HashKey", builder.AddParameter("national-id-hash-key", nationalIdKeys.HashKey, secret: true));
var reporting = services.Add<Projects.Cloud_Reporting>("reporting", settings.ReportingPort, "reporting");
// The Portal reaches Identity and the APIs only through the gateway, with each user's token (no database of its own).
var portal = services.Add<Projects.Cloud_Portal>("portal", settings.PortalPort)
    .WithEnvironment("Portal__Gateway", settings.GatewayOrigin);
var gateway = services.Add<Projects.Cloud_Gateway>("gateway", settings.GatewayPort)
    .WithReference(identity).WithReference(organizations).WithReference(members).WithReference(reporting).WithReference(portal)
    .WaitFor(identity).WaitFor(organizations).WaitFor(members).WaitFor(reporting).WaitFor(portal);

// The demo county 610304 (陈仓区), through the gateway as people would enter it; `infra/run.sh --seed demo` seeds it again.
builder.AddProject<Projects.Cloud_DemoSeed>(ReadyBanner.SeedResource, options => options.ExcludeLaunchProfile = true)
    .WithReference(gateway)
    .WithEnvironment("DemoSeed__DataDirectory", settings.DataPath(string.Empty))
    .WithEnvironment("DemoSeed__Force", builder.Configuration["seed"] == "demo" ? "true" : "false")
    .WaitFor(gateway);

builder.Services.AddSingleton(settings).AddSingleton(dashboard).AddHostedService<ReadyBanner>();
builder.Build().Run();
