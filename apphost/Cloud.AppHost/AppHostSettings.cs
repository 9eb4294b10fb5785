using System.Text.RegularExpressions;
using Cloud.ServiceDefaults.Auth;
using Microsoft.Extensions.Configuration;

namespace Cloud.AppHost;

/// <summary>The AppHost's appsettings.json; any value can be overridden with a CLOUD_APPHOST_ environment variable.</summary>
public sealed partial class AppHostSettings
{
    public const string EnvironmentPrefix = "CLOUD_APPHOST_";

    public int PostgresPort { get; init; } = 15432;

    public int RabbitMqPort { get; init; } = 15672;

    public int HealthTimeoutSeconds { get; init; } = 60;

    /// <summary>Name of the service that is the edge: the demo seed and the printed example go through it.</summary>
    public string Gateway { get; init; } = "gateway";

    /// <summary>Issuer (the gateway's address, where the discovery document is reached) and audience.</summary>
    public CloudIdentityOptions Identity { get; init; } = new();

    /// <summary>Name of the service that issues tokens; it alone gets the signing key.</summary>
    public string IdentityService { get; init; } = "identity";

    /// <summary>In start order.</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];

    public ServiceDefinition GatewayService => Services.First(s => s.Name == Gateway);

    public IEnumerable<string> Databases => Services.Select(s => s.Database).OfType<string>();

    public static AppHostSettings Load(string directory)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(directory)
            .AddJsonFile("appsettings.json", optional: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .Build();
        var settings = configuration.Get<AppHostSettings>() ?? new AppHostSettings();
        var problems = settings.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new StartupException($"{Path.Combine(directory, "appsettings.json")}:\n  " + string.Join("\n  ", problems));
        }

        return settings;
    }

    private IEnumerable<string> Problems()
    {
        if (Services.Count == 0)
        {
            yield return "Services lists no service";
        }

        foreach (var service in Services)
        {
            if (!ServiceName().IsMatch(service.Name))
            {
                yield return $"service name '{service.Name}' must be lower-case letters, digits and '-'";
            }

            if (string.IsNullOrWhiteSpace(service.Project) || string.IsNullOrWhiteSpace(service.Assembly))
            {
                yield return $"service '{service.Name}' needs Project and Assembly";
            }

            if (service.Database is not null && !DatabaseName().IsMatch(service.Database))
            {
                yield return $"database '{service.Database}' of '{service.Name}' must be a lower-case SQL identifier";
            }
        }

        foreach (var name in Services.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"service '{name}' is listed twice";
        }

        var ports = Services.Select(s => s.Port).Append(PostgresPort).Append(RabbitMqPort).ToList();
        foreach (var port in ports.Where(p => p is < 1024 or > 65535))
        {
            yield return $"port {port} is outside 1024–65535";
        }

        foreach (var port in ports.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"port {port} is used twice";
        }

        if (Services.All(s => s.Name != Gateway))
        {
            yield return $"Gateway names '{Gateway}', which is not in Services";
        }

        if (string.IsNullOrWhiteSpace(Identity.Authority) || string.IsNullOrWhiteSpace(Identity.Audience))
        {
            yield return "Identity needs Authority and Audience";
        }

        if (HealthTimeoutSeconds <= 0)
        {
            yield return "HealthTimeoutSeconds must be positive";
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ServiceName();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DatabaseName();
}
