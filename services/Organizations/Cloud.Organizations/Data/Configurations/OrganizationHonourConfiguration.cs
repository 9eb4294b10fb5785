using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationHonourConfiguration : IEntityTypeConfiguration<OrganizationHonour>
{
    public void Configure(EntityTypeBuilder<OrganizationHonour> honour)
    {
        honour.ToTable("organization_honours");
        honour.HasTenantKey(nameof(OrganizationHonour.Id));
        honour.Property(h => h.Award).HasConversion<string>().HasMaxLength(40);
        honour.Property(h => h.Level).HasConversion<string>().HasMaxLength(20);
        honour.Property(h => h.Title).HasMaxLength(OrganizationHonour.MaxTitleLength);
        honour.HasIndex(TenantModel.Property, nameof(OrganizationHonour.Year));
        // The same honour is recorded once, even for two requests at once; a missing title counts as one value.
        honour.HasIndex(TenantModel.Property, nameof(OrganizationHonour.OrganizationId), nameof(OrganizationHonour.Award), nameof(OrganizationHonour.Year), nameof(OrganizationHonour.Level), nameof(OrganizationHonour.Title))
            .IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_organization_honours_once");
    }
}
