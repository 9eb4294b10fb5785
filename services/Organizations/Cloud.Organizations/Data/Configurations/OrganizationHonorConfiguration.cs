using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationHonorConfiguration : IEntityTypeConfiguration<OrganizationHonor>
{
    public void Configure(EntityTypeBuilder<OrganizationHonor> honor)
    {
        honor.ToTable("organization_honors");
        honor.HasTenantKey(nameof(OrganizationHonor.Id));
        honor.Property(h => h.Award).HasConversion<string>().HasMaxLength(40);
        honor.Property(h => h.Level).HasConversion<string>().HasMaxLength(20);
        honor.Property(h => h.Title).HasMaxLength(OrganizationHonor.MaxTitleLength);
        honor.HasIndex(TenantModel.Property, nameof(OrganizationHonor.Year));
        // The same honor is recorded once, even for two requests at once; a missing title counts as one value.
        honor.HasIndex(TenantModel.Property, nameof(OrganizationHonor.OrganizationId), nameof(OrganizationHonor.Award), nameof(OrganizationHonor.Year), nameof(OrganizationHonor.Level), nameof(OrganizationHonor.Title))
            .IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_organization_honors_once");
    }
}
