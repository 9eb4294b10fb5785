using Cloud.Organizations.Domain.Units;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class HostUnitConfiguration : IEntityTypeConfiguration<HostUnit>
{
    public void Configure(EntityTypeBuilder<HostUnit> unit)
    {
        unit.ToTable("host_units");
        unit.HasTenantKey(nameof(HostUnit.Id));
        unit.Property(u => u.Name).HasMaxLength(HostUnit.MaxNameLength);
        unit.Property(u => u.Category).HasConversion<string>().HasMaxLength(40);
        unit.Property(u => u.Township).HasMaxLength(HostUnit.MaxTownshipLength);
        unit.HasIndex(TenantModel.Property, nameof(HostUnit.Category));
    }
}
