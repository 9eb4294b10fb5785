using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class CorrectionPeriodConfiguration : IEntityTypeConfiguration<CorrectionPeriod>
{
    public void Configure(EntityTypeBuilder<CorrectionPeriod> period)
    {
        period.ToTable("correction_periods");
        period.HasTenantKey(nameof(CorrectionPeriod.Id));
        period.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        period.Ignore(p => p.IsOpen);
        // At most one open correction period per member.
        period.HasIndex(TenantModel.Property, nameof(CorrectionPeriod.MemberId)).IsUnique().HasFilter("outcome IS NULL")
            .HasDatabaseName("ux_correction_periods_open");
        period.HasIndex(TenantModel.Property, nameof(CorrectionPeriod.MemberId), nameof(CorrectionPeriod.StartsOn));
    }
}
