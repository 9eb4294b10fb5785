using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.Persistence.Tenancy;
using Cloud.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options)
    : CloudDbContext(options)
{
    public const string DatabaseName = "reporting";

    /// <summary>The county's organization tree as the Organizations events describe it.</summary>
    public DbSet<OrganizationNode> Organizations => Set<OrganizationNode>();

    /// <summary>Each organization's members as the Members events count them.</summary>
    public DbSet<OrganizationMemberCount> MemberCounts => Set<OrganizationMemberCount>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.HasOrganizationTreeCopy();
        modelBuilder.Entity<OrganizationMemberCount>(count =>
        {
            count.ToTable("organization_member_counts");
            count.HasTenantKey(nameof(OrganizationMemberCount.OrganizationId));
        });
    }
}
