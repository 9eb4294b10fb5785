using Cloud.Organizations.Domain;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

/// <summary>The effective-dated columns of organizations (Domain/History), beside <see cref="OrganizationConfiguration"/>.</summary>
internal sealed class OrganizationHistoryConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.Property(o => o.ShortName).HasMaxLength(Organization.MaxShortNameLength);
        organization.Property(o => o.ApprovalDocNo).HasMaxLength(Organization.MaxApprovalDocNoLength);
        organization.Property(o => o.DissolutionNote).HasMaxLength(Organization.MaxDissolutionNoteLength);
        // Search pages by (name, id) within a county: the keyset cursor is an index seek, not an offset.
        organization.HasIndex(TenantModel.Property, nameof(Organization.Name), nameof(Organization.Id)).HasDatabaseName("ix_organizations_name_id");
        // The hourly sweep reads only live temporary branches, a handful per county.
        organization.HasIndex(o => o.TemporaryTaskEndsOn).HasDatabaseName("ix_organizations_temporary_task_ends_on")
            .HasFilter($"kind = '{nameof(BranchKind.Temporary)}' AND status <> '{nameof(OrganizationStatus.Dissolved)}'");
    }
}
