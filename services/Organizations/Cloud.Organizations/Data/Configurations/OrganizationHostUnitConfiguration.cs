using Cloud.Organizations.Domain;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

/// <summary>The organization's link to its host unit, kept apart from <see cref="OrganizationConfiguration"/>: units are their own area.</summary>
internal sealed class OrganizationHostUnitConfiguration : IEntityTypeConfiguration<Organization>
{
    // "Is this unit covered?" looks organizations up by host unit.
    public void Configure(EntityTypeBuilder<Organization> organization) =>
        organization.HasIndex(TenantModel.Property, nameof(Organization.HostUnitId));
}
