using Cloud.Organizations.Domain;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.ToTable("organizations");
        organization.HasTenantKey(nameof(Organization.Id));
        organization.Property(o => o.Name).HasMaxLength(Organization.MaxNameLength);
        organization.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        organization.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        organization.Property(o => o.Domain).HasConversion<string>().HasMaxLength(40);
        organization.Property(o => o.Status).HasConversion<string>().HasMaxLength(40);
        organization.Property(o => o.Township).HasMaxLength(Organization.MaxTownshipLength);
        organization.Property(o => o.Path).HasColumnType("ltree");
        organization.HasIndex(TenantModel.Property, nameof(Organization.ParentOrganizationId));
        // GiST answers both "descendants of" (<@) and "ancestors of" (@>) in one index scan.
        organization.HasIndex(o => o.Path).HasMethod("gist").HasDatabaseName("ix_organizations_path");
        // One county committee per county: the top of the tree, created once when the county is provisioned.
        organization.HasIndex(TenantModel.Property).IsUnique()
            .HasFilter($"type = '{nameof(OrganizationType.CountyCommittee)}'").HasDatabaseName("ux_organizations_county_committee");
    }
}
