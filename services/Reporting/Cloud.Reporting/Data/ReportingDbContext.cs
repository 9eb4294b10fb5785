using Cloud.Persistence;
using Cloud.Persistence.Tenancy;
using Cloud.Reporting.Domain;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, ITenantContext tenant)
    : CloudDbContext(options, tenant)
{
    public const string DatabaseName = "reporting";

    public DbSet<OrganizationSnapshot> Organizations => Set<OrganizationSnapshot>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OrganizationSnapshot>(organization =>
        {
            organization.ToTable("organization_snapshots");
            organization.HasTenantKey(nameof(OrganizationSnapshot.OrganizationId));
            organization.Property(o => o.Name).HasMaxLength(100);
            organization.Property(o => o.Type).HasMaxLength(40);
        });
}
