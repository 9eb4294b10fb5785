using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace Cloud.Persistence.Tenancy;

/// <summary>Fills the tenant key of a new entity from the unit of work's county, when it is added.</summary>
public sealed class TenantIdGenerator : ValueGenerator<string>
{
    public override bool GeneratesTemporaryValues => false;

    public override string Next(EntityEntry entry) =>
        ((CloudDbContext)entry.Context).Tenant.TenantId
        ?? throw new InvalidOperationException($"No county for a new {entry.Metadata.ClrType.Name}.");
}
