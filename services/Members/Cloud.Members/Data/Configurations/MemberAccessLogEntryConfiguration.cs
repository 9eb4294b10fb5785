using Cloud.Members.Domain.Access;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class MemberAccessLogEntryConfiguration : IEntityTypeConfiguration<MemberAccessLogEntry>
{
    public void Configure(EntityTypeBuilder<MemberAccessLogEntry> entry)
    {
        entry.ToTable("member_access_log");
        entry.HasTenantKey(nameof(MemberAccessLogEntry.Id));
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.ViewerSubject).HasMaxLength(100);
        entry.Property(e => e.ViewerName).HasMaxLength(100);
        entry.Property(e => e.ViewerRole).HasMaxLength(30);
        // Pages newest first by id: per member (the member's own list, CountyAdmin by member) and per viewer.
        entry.HasIndex(TenantModel.Property, nameof(MemberAccessLogEntry.MemberId), nameof(MemberAccessLogEntry.Id));
        entry.HasIndex(TenantModel.Property, nameof(MemberAccessLogEntry.ViewerSubject), nameof(MemberAccessLogEntry.Id));
    }
}
