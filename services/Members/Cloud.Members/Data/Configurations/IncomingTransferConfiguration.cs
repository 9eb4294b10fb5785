using Cloud.Members.Domain.Transfers;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class IncomingTransferConfiguration : IEntityTypeConfiguration<IncomingTransfer>
{
    public void Configure(EntityTypeBuilder<IncomingTransfer> transfer)
    {
        transfer.ToTable("incoming_transfers");
        transfer.HasTenantKey(nameof(IncomingTransfer.Id));
        transfer.Property(t => t.FromCounty).HasMaxLength(6);
        transfer.Property(t => t.Name).HasMaxLength(PartyMemberConfiguration.MaxNameLength);
        transfer.Property(t => t.NationalIdMasked).HasMaxLength(18);
        transfer.ComplexProperty(t => t.Facts, facts =>
        {
            facts.Property(f => f.Gender).HasColumnName("facts_gender").HasMaxLength(10);
            facts.Property(f => f.BirthYear).HasColumnName("facts_birth_year");
            facts.Property(f => f.IsMinority).HasColumnName("facts_is_minority");
            facts.Property(f => f.EducationBand).HasColumnName("facts_education_band").HasMaxLength(30);
            facts.Property(f => f.MembershipStatus).HasColumnName("facts_membership_status").HasMaxLength(20);
            facts.Property(f => f.AdmissionApprovedOn).HasColumnName("facts_admission_approved_on");
            facts.Property(f => f.ConfirmedOn).HasColumnName("facts_confirmed_on");
        });
        transfer.Property(t => t.Reason).HasConversion<string>().HasMaxLength(30);
        transfer.Property(t => t.LetterNo).HasMaxLength(OutgoingTransferConfiguration.MaxLetterNoLength);
        transfer.Property(t => t.SuggestedOrganizationName).HasMaxLength(OutgoingTransferConfiguration.MaxOrganizationNameLength);
        transfer.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        transfer.Property(t => t.RejectionReason).HasMaxLength(OutgoingTransferConfiguration.MaxRejectionReasonLength);
        transfer.Ignore(t => t.IsPending);
        transfer.HasIndex(TenantModel.Property, nameof(IncomingTransfer.Status)).HasDatabaseName("ix_incoming_transfers_status");
    }
}
