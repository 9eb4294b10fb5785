using Cloud.Members.Domain.Members;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class MembershipDecisionConfiguration : IEntityTypeConfiguration<MembershipDecision>
{
    public const int MaxDecidedByLength = 100;
    public const int MaxDocumentNumberLength = 60;

    public void Configure(EntityTypeBuilder<MembershipDecision> decision)
    {
        decision.ToTable("membership_decisions");
        decision.HasTenantKey(nameof(MembershipDecision.Id));
        decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        decision.Property(d => d.DecidedBy).HasMaxLength(MaxDecidedByLength);
        decision.Property(d => d.DocumentNumber).HasMaxLength(MaxDocumentNumberLength);
        decision.Property(d => d.RecordedBy).HasMaxLength(100);
        decision.HasIndex(TenantModel.Property, nameof(MembershipDecision.MemberId), nameof(MembershipDecision.Id));
    }
}
