using Cloud.Members.Domain.Development;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class DevelopmentSettingsConfiguration : IEntityTypeConfiguration<DevelopmentSettings>
{
    public void Configure(EntityTypeBuilder<DevelopmentSettings> s)
    {
        s.ToTable("development_settings");
        s.HasTenantKey(); // one row per county
    }
}
