using System.Data.Common;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.AppHost;

/// <summary>The variables of architecture.md §3 that every service process gets (the Aspire names).</summary>
/// <remarks><paramref name="only"/> holds variables for one service alone (Identity's signing key and bootstrap password).</remarks>
public sealed class ServiceEnvironment(
    AppHostSettings settings,
    CloudIdentityOptions identity,
    string databasePassword,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> only)
{
    public const string PasswordVariable = "CLOUD_DB_PASSWORD";
    public const string DefaultPassword = "cloud-dev";

    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string OtlpProtocol = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>Variable families we own completely: stray ones from the developer's shell must not leak in.</summary>
    private static readonly string[] OwnedPrefixes = ["ConnectionStrings__", "services__", "Identity__"];

    public string MessagingUrl => $"amqp://guest:guest@127.0.0.1:{settings.RabbitMqPort}/";

    public static string PasswordFromEnvironment() =>
        Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } password ? password : DefaultPassword;

    /// <summary>Roles as postgres.sh creates them: <c>&lt;db&gt;_owner</c>, <c>&lt;db&gt;_app</c>, <c>&lt;db&gt;_relay</c>.</summary>
    public string ConnectionString(string database, string role, bool withPassword)
    {
        // The builder quotes values, so a password with ';' or '=' still makes a valid connection string.
        var builder = new DbConnectionStringBuilder
        {
            ["Host"] = "127.0.0.1",
            ["Port"] = settings.PostgresPort,
            ["Database"] = database,
            ["Username"] = $"{database}_{role}",
        };
        if (withPassword)
        {
            builder["Password"] = databasePassword;
        }

        return builder.ConnectionString;
    }

    public IReadOnlyDictionary<string, string?> For(ServiceDefinition service)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in Environment.GetEnvironmentVariables().Keys.OfType<string>())
        {
            if (OwnedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                variables[key] = null;
            }
        }

        if (service.Database is { } database)
        {
            variables[$"ConnectionStrings__{database}"] = ConnectionString(database, "app", withPassword: true);
            variables[$"ConnectionStrings__{database}-migrator"] = ConnectionString(database, "owner", withPassword: true);
            variables[$"ConnectionStrings__{database}-relay"] = ConnectionString(database, "relay", withPassword: true);
        }

        variables["ConnectionStrings__messaging"] = MessagingUrl;
        foreach (var other in settings.Services)
        {
            variables[$"services__{other.Name}__http__0"] = other.Origin;
        }

        variables["ASPNETCORE_URLS"] = service.Origin;
        variables["ASPNETCORE_ENVIRONMENT"] = "Development";
        variables["OTEL_SERVICE_NAME"] = service.Name;
        variables["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={service.Name}-{Guid.NewGuid().ToString("N")[..8]}";
        variables["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        variables["Identity__Authority"] = identity.Authority;
        variables["Identity__Audience"] = identity.Audience;
        foreach (var (key, value) in only.GetValueOrDefault(service.Name) ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        // Export only when we were asked to: without a receiver, an exporter would retry and log errors forever.
        var endpoint = Environment.GetEnvironmentVariable(OtlpEndpoint);
        variables[OtlpEndpoint] = string.IsNullOrWhiteSpace(endpoint) ? null : endpoint;
        variables[OtlpProtocol] = string.IsNullOrWhiteSpace(endpoint) ? null : Environment.GetEnvironmentVariable(OtlpProtocol);

        // One line per log entry reads better under the [name] prefix than the two-line default.
        variables["Logging__Console__FormatterName"] = "simple";
        variables["Logging__Console__FormatterOptions__SingleLine"] = "true";
        return variables;
    }

    /// <summary>What the infra scripts need: the role password postgres.sh sets.</summary>
    public IReadOnlyDictionary<string, string?> ForScripts() => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [PasswordVariable] = databasePassword,
    };
}
