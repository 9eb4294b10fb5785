using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class PairingAssistanceConfiguration : IEntityTypeConfiguration<PairingAssistance>
{
    public void Configure(EntityTypeBuilder<PairingAssistance> pairing)
    {
        pairing.ToTable("pairing_assistances", table =>
        {
            table.HasCheckConstraint("ck_pairing_assistances_two_organizations", "strong_organization_id <> weak_organization_id");
            table.HasCheckConstraint("ck_pairing_assistances_end", "end_on >= start_on");
        });
        pairing.HasTenantKey(nameof(PairingAssistance.Id));
        pairing.HasIndex(TenantModel.Property, nameof(PairingAssistance.StrongOrganizationId));
        pairing.HasIndex(TenantModel.Property, nameof(PairingAssistance.WeakOrganizationId));
    }
}
