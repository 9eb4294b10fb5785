using Cloud.Organizations.Domain.Leadership;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class CommitteePositionConfiguration : IEntityTypeConfiguration<CommitteePosition>
{
    public void Configure(EntityTypeBuilder<CommitteePosition> position)
    {
        position.ToTable("committee_positions");
        position.HasTenantKey(nameof(CommitteePosition.Id));
        position.Property(p => p.Role).HasConversion<string>().HasMaxLength(40);
        position.Property(p => p.Source).HasConversion<string>().HasMaxLength(40);
        position.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(40);
        position.Property(p => p.SendingUnit).HasMaxLength(CommitteePosition.MaxSendingUnitLength);
        position.Ignore(p => p.IsCurrent);
        position.HasIndex(TenantModel.Property, nameof(CommitteePosition.OrganizationId), nameof(CommitteePosition.EndedOn));
        // One current holder of each single-holder post (PositionRoles.HasOneHolder), whatever two requests do at once.
        position.HasIndex(TenantModel.Property, nameof(CommitteePosition.OrganizationId), nameof(CommitteePosition.Role)).IsUnique()
            .HasFilter($"ended_on IS NULL AND role IN ('{nameof(PositionRole.Secretary)}', '{nameof(PositionRole.GroupLeader)}', '{nameof(PositionRole.FirstSecretary)}')")
            .HasDatabaseName("ux_committee_positions_one_holder");
    }
}
