using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Persistence.Tenancy;

/// <summary>
/// The tenant key convention: a shadow <c>tenant_id</c> column, first in the primary key, filled from the
/// tenant context on insert. Domain types never carry the county themselves.
/// </summary>
public static class TenantModel
{
    public const string Property = "TenantId";
    public const string Column = "tenant_id";

    public static EntityTypeBuilder<T> HasTenantKey<T>(this EntityTypeBuilder<T> entity, params string[] keyProperties)
        where T : class
    {
        entity.Property<string>(Property).HasColumnName(Column).HasColumnType("text").HasColumnOrder(0).IsRequired()
            .HasValueGenerator<TenantIdGenerator>().ValueGeneratedOnAdd();
        entity.HasKey([Property, .. keyProperties]);
        return entity;
    }

    public static bool IsTenantOwned(this Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType entity) =>
        entity.FindProperty(Property) is not null;
}
