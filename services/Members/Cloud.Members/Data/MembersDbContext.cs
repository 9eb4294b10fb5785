using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

public sealed class MembersDbContext(DbContextOptions<MembersDbContext> options, ITenantContext tenant)
    : CloudDbContext(options, tenant)
{
    public const string DatabaseName = "members";

    public DbSet<PartyMember> Members => Set<PartyMember>();

    public DbSet<AffiliationHistory> AffiliationHistory => Set<AffiliationHistory>();

    public DbSet<OutgoingTransfer> OutgoingTransfers => Set<OutgoingTransfer>();

    public DbSet<IncomingTransfer> IncomingTransfers => Set<IncomingTransfer>();

    public DbSet<TransferSettings> TransferSettings => Set<TransferSettings>();

    /// <summary>The county's organization tree as the Organizations events describe it (ids, names, paths).</summary>
    public DbSet<OrganizationNode> Organizations => Set<OrganizationNode>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.HasOrganizationTreeCopy();
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembersDbContext).Assembly);
    }
}
