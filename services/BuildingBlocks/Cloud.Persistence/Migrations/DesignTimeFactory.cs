using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cloud.Persistence.Migrations;

/// <summary>Lets <c>dotnet ef migrations add</c> build a service's model without the service's environment.</summary>
public abstract class DesignTimeFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : CloudDbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        (TDbContext)Activator.CreateInstance(
            typeof(TDbContext),
            new DbContextOptionsBuilder<TDbContext>().UseNpgsql("Host=localhost").Options)!;
}
