namespace Cloud.AppHost;

/// <summary>
/// What every Cloud service gets from the AppHost: the variables of architecture.md §3 (its database as the app, migrator
/// and relay roles, the broker, the token issuer), a one-shot <c>--migrate</c> that must finish before it starts, and a
/// readiness check on <c>/health</c>.
/// </summary>
public sealed class CloudServices(
    IDistributedApplicationBuilder builder,
    CloudSettings settings,
    IResourceBuilder<ExecutableResource> postgres,
    IResourceBuilder<ExecutableResource> databases,
    IResourceBuilder<ExecutableResource> rabbitMq,
    IResourceBuilder<ParameterResource> databasePassword)
{
    public const string Audience = "cloud-api";

    public IResourceBuilder<ProjectResource> Add<TProject>(string name, int port, string? database = null)
        where TProject : IProjectMetadata, new()
    {
        var service = Project<TProject>(name)
            .WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false)
            .WithHttpHealthCheck("/health")
            .WaitFor(rabbitMq);
        if (database is null)
        {
            return service;
        }

        // Migrations as their own resource, as a Kubernetes Job would run them: the dashboard shows each one finished
        // (or its error), and no service instance ever migrates on start, so replicas cannot race.
        var migration = WithDatabase(Project<TProject>($"{name}-migrate").WithArgs("--migrate"), database)
            .WaitForCompletion(databases);
        return WithDatabase(service, database).WaitForCompletion(migration);
    }

    private IResourceBuilder<ProjectResource> Project<TProject>(string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithEnvironment("MASSTRANSIT_USAGE_TELEMETRY", "false")
            .WithEnvironment("Identity__Authority", settings.GatewayOrigin)
            .WithEnvironment("Identity__Audience", Audience)
            // Also for --migrate: the service builds its whole host (bus included) before it decides to migrate and exit.
            .WithEnvironment("ConnectionStrings__messaging", $"amqp://guest:guest@127.0.0.1:{CloudSettings.Text(settings.RabbitMqPort)}/");

    /// <summary>The roles infra/postgres.sh creates for each database: &lt;db&gt;_app, &lt;db&gt;_owner, &lt;db&gt;_relay.</summary>
    private ReferenceExpression ConnectionString(string database, string role) =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={postgres.GetEndpoint("tcp").Property(EndpointProperty.Port)};Database={database};Username={database}_{role};Password={databasePassword}");

    private IResourceBuilder<ProjectResource> WithDatabase(IResourceBuilder<ProjectResource> project, string database) => project
        .WithEnvironment($"ConnectionStrings__{database}", ConnectionString(database, "app"))
        .WithEnvironment($"ConnectionStrings__{database}-migrator", ConnectionString(database, "owner"))
        .WithEnvironment($"ConnectionStrings__{database}-relay", ConnectionString(database, "relay"))
        .WithReferenceRelationship(postgres);
}
