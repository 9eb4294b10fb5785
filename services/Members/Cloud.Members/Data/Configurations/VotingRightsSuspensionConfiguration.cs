using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class VotingRightsSuspensionConfiguration : IEntityTypeConfiguration<VotingRightsSuspension>
{
    public void Configure(EntityTypeBuilder<VotingRightsSuspension> suspension)
    {
        suspension.ToTable("voting_rights_suspensions");
        suspension.HasTenantKey(nameof(VotingRightsSuspension.Id));
        suspension.Property(s => s.Reason).HasConversion<string>().HasMaxLength(20);
        suspension.HasIndex(TenantModel.Property, nameof(VotingRightsSuspension.MemberId), nameof(VotingRightsSuspension.StartsOn));
        // At most one running suspension per member, whatever two clerks submit at once.
        suspension.HasIndex(TenantModel.Property, nameof(VotingRightsSuspension.MemberId)).IsUnique()
            .HasFilter("ended_on IS NULL").HasDatabaseName("ux_voting_rights_suspensions_open");
    }
}
