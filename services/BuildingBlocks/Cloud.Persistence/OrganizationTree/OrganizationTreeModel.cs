using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.OrganizationTree;

public static class OrganizationTreeModel
{
    public const string Table = "organization_tree";

    /// <summary>Maps the local copy of the organization tree; call from <c>ConfigureDomain</c> of a service that keeps one.</summary>
    public static ModelBuilder HasOrganizationTreeCopy(this ModelBuilder modelBuilder)
    {
        // ltree is a trusted extension (PostgreSQL 13+): the database owner creates it in the migration.
        modelBuilder.HasPostgresExtension("ltree");
        modelBuilder.Entity<OrganizationNode>(node =>
        {
            node.ToTable(Table);
            node.HasTenantKey(nameof(OrganizationNode.OrganizationId));
            node.Property(o => o.Name).HasMaxLength(100);
            node.Property(o => o.Type).HasMaxLength(40);
            node.Property(o => o.Kind).HasMaxLength(40);
            node.Property(o => o.Domain).HasMaxLength(40);
            node.Property(o => o.Status).HasMaxLength(40);
            node.Property(o => o.Path).HasColumnType("ltree");
            // GiST answers "descendants of" (<@) in one index scan: the org-scope check and subtree filters.
            node.HasIndex(o => o.Path).HasMethod("gist").HasDatabaseName($"ix_{Table}_path");
        });
        return modelBuilder;
    }
}
