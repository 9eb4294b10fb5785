using Cloud.Organizations.Domain.Units;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationCoveredUnitConfiguration : IEntityTypeConfiguration<OrganizationCoveredUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationCoveredUnit> covered)
    {
        covered.ToTable("organization_covered_units");
        covered.HasTenantKey(nameof(OrganizationCoveredUnit.OrganizationId), nameof(OrganizationCoveredUnit.UnitId));
        covered.HasIndex(TenantModel.Property, nameof(OrganizationCoveredUnit.UnitId));
    }
}
