using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class LostContactRecordConfiguration : IEntityTypeConfiguration<LostContactRecord>
{
    public void Configure(EntityTypeBuilder<LostContactRecord> lost)
    {
        lost.ToTable("lost_contact_records");
        lost.HasTenantKey(nameof(LostContactRecord.Id));
        lost.Property(l => l.Situation).HasConversion<string>().HasMaxLength(20);
        lost.Ignore(l => l.IsOpen);
        lost.Ignore(l => l.SuspensionReviewDueOn);
        lost.Ignore(l => l.RemovalReviewDueOn);
        // At most one open case per member; the flags query reads the open ones.
        lost.HasIndex(TenantModel.Property, nameof(LostContactRecord.MemberId)).IsUnique().HasFilter("closed_on IS NULL")
            .HasDatabaseName("ux_lost_contact_records_open");
        lost.HasIndex(TenantModel.Property, nameof(LostContactRecord.MemberId), nameof(LostContactRecord.Since));
    }
}
