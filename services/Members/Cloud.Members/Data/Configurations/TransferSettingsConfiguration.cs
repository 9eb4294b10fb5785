using Cloud.Members.Domain.Transfers;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class TransferSettingsConfiguration : IEntityTypeConfiguration<TransferSettings>
{
    public void Configure(EntityTypeBuilder<TransferSettings> settings)
    {
        settings.ToTable("transfer_settings");
        settings.HasTenantKey(); // one row per county
    }
}
