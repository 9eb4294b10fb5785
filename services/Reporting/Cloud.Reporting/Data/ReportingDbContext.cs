using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, ITenantContext tenant)
    : CloudDbContext(options, tenant)
{
    public const string DatabaseName = "reporting";

    /// <summary>The county's organization tree as the Organizations events describe it.</summary>
    public DbSet<OrganizationNode> Organizations => Set<OrganizationNode>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) => modelBuilder.HasOrganizationTreeCopy();
}
