using Npgsql;

namespace Cloud.Testing;

/// <summary>
/// Where the throwaway PostgreSQL and RabbitMQ of <c>infra/test.sh</c> run. Tests never start their own
/// database; without the variables they fail with a message that says how to run them.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresHost => Environment.GetEnvironmentVariable("CLOUD_PG_HOST") ?? "127.0.0.1";

    public static int PostgresPort => int.Parse(Required("CLOUD_PG_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static string DatabasePassword => Environment.GetEnvironmentVariable("CLOUD_DB_PASSWORD") ?? "cloud-dev";

    public static string AmqpUrl => Required("CLOUD_AMQP_URL");

    public static string RepoRoot => Environment.GetEnvironmentVariable("CLOUD_REPO_ROOT") ?? FindRepoRoot();

    /// <summary>Connection string for one of a database's roles: <c>app</c>, <c>owner</c> or <c>relay</c>.</summary>
    public static string ConnectionString(string database, string role) => new NpgsqlConnectionStringBuilder
    {
        Host = PostgresHost,
        Port = PostgresPort,
        Database = database,
        Username = $"{database}_{role}",
        Password = DatabasePassword,
    }.ConnectionString;

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests with infra/test.sh, which starts PostgreSQL and RabbitMQ for them.");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cloud.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cloud.sln not found above the test assembly.");
    }
}
