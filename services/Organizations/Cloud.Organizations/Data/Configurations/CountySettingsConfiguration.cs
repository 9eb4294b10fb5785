using Cloud.Organizations.Domain.Settings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class CountySettingsConfiguration : IEntityTypeConfiguration<CountySettings>
{
    public void Configure(EntityTypeBuilder<CountySettings> settings)
    {
        settings.ToTable("county_settings");
        // One row per county: the county is the whole key.
        settings.HasTenantKey();
        settings.Ignore(s => s.IsDefault);
    }
}
