using Cloud.Persistence;
using Cloud.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Testing;

/// <summary>Applies a service's migrations (as its owner role, the way <c>--migrate</c> does) once per test process.</summary>
public static class TestDatabases
{
    private static readonly Dictionary<Type, Task> Migrated = [];

    public static Task MigrateAsync<TDbContext>(string database)
        where TDbContext : CloudDbContext
    {
        lock (Migrated)
        {
            if (!Migrated.TryGetValue(typeof(TDbContext), out var migration))
            {
                var db = new CloudDatabase(database,
                    TestEnvironment.ConnectionString(database, "app"),
                    TestEnvironment.ConnectionString(database, "owner"),
                    TestEnvironment.ConnectionString(database, "relay"));
                Migrated[typeof(TDbContext)] = migration = MigrateCommand.MigrateAsync<TDbContext>(new ServiceCollection().BuildServiceProvider(), db);
            }

            return migration;
        }
    }
}
