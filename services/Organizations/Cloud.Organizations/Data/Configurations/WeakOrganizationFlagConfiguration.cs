using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class WeakOrganizationFlagConfiguration : IEntityTypeConfiguration<WeakOrganizationFlag>
{
    public void Configure(EntityTypeBuilder<WeakOrganizationFlag> flag)
    {
        flag.ToTable("weak_organization_flags", table =>
        {
            table.HasCheckConstraint("ck_weak_organization_flags_deadline", "rectification_deadline > flagged_on");
            table.HasCheckConstraint("ck_weak_organization_flags_rectified", "rectified_on >= flagged_on");
        });
        flag.HasTenantKey(nameof(WeakOrganizationFlag.Id));
        flag.Property(f => f.Reason).HasMaxLength(WeakOrganizationFlag.MaxReasonLength);
        flag.HasIndex(TenantModel.Property, nameof(WeakOrganizationFlag.OrganizationId));
        // One open flag per organization, even for two requests at once (WeakFlagRules.OneOpenWeakFlagAtATime).
        flag.HasIndex(TenantModel.Property, nameof(WeakOrganizationFlag.OrganizationId)).IsUnique()
            .HasFilter("rectified_on IS NULL").HasDatabaseName("ux_weak_organization_flags_open");
    }
}
