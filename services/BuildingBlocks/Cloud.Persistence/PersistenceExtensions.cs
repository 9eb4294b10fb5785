using Cloud.Persistence.Outbox;
using Cloud.Persistence.Tenancy;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cloud.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// The service's DbContext (pooled) as the non-owner app role, with the county set on every connection, a readiness check
    /// on the database, and the outbox relay's own connection.
    /// </summary>
    public static IHostApplicationBuilder AddCloudPersistence<TDbContext>(this IHostApplicationBuilder builder, string database)
        where TDbContext : CloudDbContext
    {
        var db = CloudDatabase.FromConfiguration(builder.Configuration, database);
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(db.AppConnectionString));
        // Contexts are pooled (a context and its EF services are built once, not per unit of work); each scope rents one
        // bound to its own county holder, and disposing the scope returns it unbound.
        builder.Services.AddPooledDbContextFactory<TDbContext>(
            (sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()).AddInterceptors(TenantConnectionInterceptor.Instance));
        builder.Services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TDbContext>>().CreateDbContext();
            context.BindTo(sp.GetRequiredService<ITenantContext>());
            return context;
        });
        builder.Services.AddScoped<CloudDbContext>(sp => sp.GetRequiredService<TDbContext>());

        if (db.RelayConnectionString is not null)
        {
            builder.Services.AddSingleton(_ => new RelayDataSource(NpgsqlDataSource.Create(db.RelayConnectionString)));
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>($"database-{database}", tags: ["ready"]);
        return builder;
    }
}
