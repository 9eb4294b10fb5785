using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class MemberSanctionConfiguration : IEntityTypeConfiguration<MemberSanction>
{
    public void Configure(EntityTypeBuilder<MemberSanction> sanction)
    {
        sanction.ToTable("member_sanctions");
        sanction.HasTenantKey(nameof(MemberSanction.Id));
        sanction.Property(s => s.Type).HasConversion<string>().HasMaxLength(30);
        sanction.HasIndex(TenantModel.Property, nameof(MemberSanction.MemberId), nameof(MemberSanction.DecidedOn));
    }
}
