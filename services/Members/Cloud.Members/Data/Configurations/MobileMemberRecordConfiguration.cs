using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class MobileMemberRecordConfiguration : IEntityTypeConfiguration<MobileMemberRecord>
{
    public const int MaxDestinationLength = 100;

    public void Configure(EntityTypeBuilder<MobileMemberRecord> mobile)
    {
        mobile.ToTable("mobile_member_records");
        mobile.HasTenantKey(nameof(MobileMemberRecord.Id));
        mobile.Property(m => m.Destination).HasMaxLength(MaxDestinationLength);
        mobile.Ignore(m => m.IsOpen);
        // At most one open mobility per member.
        mobile.HasIndex(TenantModel.Property, nameof(MobileMemberRecord.MemberId)).IsUnique().HasFilter("ended_on IS NULL")
            .HasDatabaseName("ux_mobile_member_records_open");
        mobile.HasIndex(TenantModel.Property, nameof(MobileMemberRecord.MemberId), nameof(MobileMemberRecord.DepartedOn));
    }
}
