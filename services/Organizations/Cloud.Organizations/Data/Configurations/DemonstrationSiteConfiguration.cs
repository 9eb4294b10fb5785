using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class DemonstrationSiteConfiguration : IEntityTypeConfiguration<DemonstrationSite>
{
    public void Configure(EntityTypeBuilder<DemonstrationSite> site)
    {
        site.ToTable("demonstration_sites");
        site.HasTenantKey(nameof(DemonstrationSite.Id));
        site.HasIndex(TenantModel.Property, nameof(DemonstrationSite.OrganizationId));
    }
}
