using Cloud.Organizations.Domain;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationVersionConfiguration : IEntityTypeConfiguration<OrganizationVersion>
{
    public void Configure(EntityTypeBuilder<OrganizationVersion> version)
    {
        version.ToTable("organization_versions", t => t.HasCheckConstraint("ck_organization_versions_period", "valid_to IS NULL OR valid_to > valid_from"));
        // The key answers an organization's history and "its version on date D" (valid_from <= D, newest first).
        version.HasTenantKey(nameof(OrganizationVersion.OrganizationId), nameof(OrganizationVersion.ValidFrom));
        version.Property(v => v.Name).HasMaxLength(Organization.MaxNameLength);
        version.Property(v => v.Type).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.Domain).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.Township).HasMaxLength(Organization.MaxTownshipLength);
        version.Property(v => v.Path).HasColumnType("ltree");
        // "Subtree as of D": GiST finds every version ever under the root's path (<@) once a county's history outgrows a
        // scan of its key range (the whole tree as of D reads that range: tenant_id leads the key).
        version.HasIndex(v => v.Path).HasMethod("gist").HasDatabaseName("ix_organization_versions_path");
    }
}
