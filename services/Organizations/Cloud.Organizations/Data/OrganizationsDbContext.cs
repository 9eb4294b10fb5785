using Cloud.Organizations.Domain;
using Cloud.Persistence;
using Cloud.Persistence.Tenancy;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

public sealed class OrganizationsDbContext(DbContextOptions<OrganizationsDbContext> options, ITenantContext tenant)
    : CloudDbContext(options, tenant)
{
    public const string DatabaseName = "organizations";

    public DbSet<Organization> Organizations => Set<Organization>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Organization>(organization =>
        {
            organization.ToTable("organizations");
            organization.HasTenantKey(nameof(Organization.Id));
            organization.Property(o => o.Name).HasMaxLength(Organization.MaxNameLength);
            organization.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
            organization.HasIndex(TenantModel.Property, nameof(Organization.ParentOrganizationId));
        });
}
