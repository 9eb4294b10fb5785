using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cloud.Persistence.Migrations;

/// <summary><c>dotnet Cloud.X.dll --migrate</c>: apply migrations as the owner role, secure every tenant table, exit.</summary>
public static class MigrateCommand
{
    public const string Argument = "--migrate";

    public static async Task<bool> MigrateIfRequestedAsync<TDbContext>(this WebApplication app, string[] args)
        where TDbContext : CloudDbContext
    {
        if (!args.Contains(Argument))
        {
            return false;
        }

        var db = app.Services.GetRequiredService<CloudDatabase>();
        await MigrateAsync<TDbContext>(app.Services, db, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Database {Database} migrated", db.Name);
        return true;
    }

    public static async Task MigrateAsync<TDbContext>(IServiceProvider services, CloudDatabase db, CancellationToken cancellationToken = default)
        where TDbContext : CloudDbContext
    {
        var connectionString = db.MigratorConnectionString
            ?? throw new InvalidOperationException($"Connection string '{db.Name}-migrator' is missing (ConnectionStrings__{db.Name}-migrator).");
        var options = new DbContextOptionsBuilder<TDbContext>().UseNpgsql(connectionString).Options;
        await using (var context = ActivatorUtilities.CreateInstance<TDbContext>(services, options))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await TenantRowLevelSecurity.ApplyAsync(connection, cancellationToken);
    }
}
