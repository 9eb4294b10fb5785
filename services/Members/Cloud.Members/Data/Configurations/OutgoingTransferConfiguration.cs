using Cloud.Members.Domain.Transfers;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class OutgoingTransferConfiguration : IEntityTypeConfiguration<OutgoingTransfer>
{
    public const int MaxLetterNoLength = 50;
    public const int MaxOrganizationNameLength = 100;
    public const int MaxRejectionReasonLength = 500;

    public void Configure(EntityTypeBuilder<OutgoingTransfer> transfer)
    {
        transfer.ToTable("outgoing_transfers");
        transfer.HasTenantKey(nameof(OutgoingTransfer.Id));
        transfer.Property(t => t.ToCounty).HasMaxLength(6);
        transfer.Property(t => t.ToOrganizationName).HasMaxLength(MaxOrganizationNameLength);
        transfer.Property(t => t.Reason).HasConversion<string>().HasMaxLength(30);
        transfer.Property(t => t.LetterNo).HasMaxLength(MaxLetterNoLength);
        transfer.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        transfer.Property(t => t.RejectionReason).HasMaxLength(MaxRejectionReasonLength);
        transfer.Ignore(t => t.IsInTransit);
        // One letter in transit per member: a second would send the same person to two places.
        transfer.HasIndex(TenantModel.Property, nameof(OutgoingTransfer.MemberId)).IsUnique()
            .HasFilter("status = 'InTransit'").HasDatabaseName("ux_outgoing_transfers_in_transit");
        transfer.HasIndex(TenantModel.Property, nameof(OutgoingTransfer.IssuedOn)).HasDatabaseName("ix_outgoing_transfers_issued_on");
    }
}
