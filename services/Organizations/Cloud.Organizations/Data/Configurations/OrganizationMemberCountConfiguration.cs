using Cloud.Organizations.Domain.Units;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class OrganizationMemberCountConfiguration : IEntityTypeConfiguration<OrganizationMemberCount>
{
    public void Configure(EntityTypeBuilder<OrganizationMemberCount> count)
    {
        count.ToTable("organization_member_counts");
        count.HasTenantKey(nameof(OrganizationMemberCount.OrganizationId));
    }
}
