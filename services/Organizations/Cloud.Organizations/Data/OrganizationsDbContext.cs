using Cloud.Organizations.Domain;
using Cloud.Persistence;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

public sealed class OrganizationsDbContext(DbContextOptions<OrganizationsDbContext> options, ITenantContext tenant)
    : CloudDbContext(options, tenant)
{
    public const string DatabaseName = "organizations";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationVersion> OrganizationVersions => Set<OrganizationVersion>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        // ltree is a trusted extension (PostgreSQL 13+): the database owner creates it in the migration.
        modelBuilder.HasPostgresExtension("ltree");
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganizationsDbContext).Assembly);
    }
}
