using Cloud.Members.Domain.Transfers;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class AffiliationHistoryConfiguration : IEntityTypeConfiguration<AffiliationHistory>
{
    public void Configure(EntityTypeBuilder<AffiliationHistory> history)
    {
        history.ToTable("affiliation_history");
        history.HasTenantKey(nameof(AffiliationHistory.Id));
        history.Property(h => h.Direction).HasConversion<string>().HasMaxLength(20);
        history.Property(h => h.OtherCounty).HasMaxLength(6);
        history.Property(h => h.OtherOrganizationName).HasMaxLength(OutgoingTransferConfiguration.MaxOrganizationNameLength);
        history.Property(h => h.Reason).HasConversion<string>().HasMaxLength(30);
        history.Property(h => h.LetterNo).HasMaxLength(OutgoingTransferConfiguration.MaxLetterNoLength);
        history.HasIndex(TenantModel.Property, nameof(AffiliationHistory.MemberId), nameof(AffiliationHistory.TransferredOn)).HasDatabaseName("ix_affiliation_history_member");
    }
}
