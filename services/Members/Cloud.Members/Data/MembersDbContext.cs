using Cloud.Members.Domain.Access;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;
using Cloud.Members.Domain.Transfers;
using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

public sealed class MembersDbContext(DbContextOptions<MembersDbContext> options)
    : CloudDbContext(options)
{
    public const string DatabaseName = "members";

    public DbSet<PartyMember> Members => Set<PartyMember>();

    public DbSet<MembershipDecision> MembershipDecisions => Set<MembershipDecision>();

    public DbSet<MobileMemberRecord> MobileRecords => Set<MobileMemberRecord>();

    public DbSet<LostContactRecord> LostContactRecords => Set<LostContactRecord>();

    public DbSet<CorrectionPeriod> CorrectionPeriods => Set<CorrectionPeriod>();

    public DbSet<MemberSanction> Sanctions => Set<MemberSanction>();

    /// <summary>Votes suspended while members are held (M35): detained or arrested.</summary>
    public DbSet<VotingRightsSuspension> VotingRightsSuspensions => Set<VotingRightsSuspension>();

    /// <summary>Who looked at which member's record (no national ID in it).</summary>
    public DbSet<MemberAccessLogEntry> AccessLog => Set<MemberAccessLogEntry>();
    public DbSet<DevelopmentCase> DevelopmentCases => Set<DevelopmentCase>();

    public DbSet<DevelopmentSettings> DevelopmentSettings => Set<DevelopmentSettings>();
    public DbSet<AffiliationHistory> AffiliationHistory => Set<AffiliationHistory>();

    public DbSet<OutgoingTransfer> OutgoingTransfers => Set<OutgoingTransfer>();

    public DbSet<IncomingTransfer> IncomingTransfers => Set<IncomingTransfer>();

    public DbSet<TransferSettings> TransferSettings => Set<TransferSettings>();

    /// <summary>The counties on Cloud (every county's, not one county's): where a transfer letter is received in the system.</summary>
    public DbSet<CountyOnCloud> CountiesOnCloud => Set<CountyOnCloud>();

    /// <summary>The county's organization tree as the Organizations events describe it (ids, names, paths).</summary>
    public DbSet<OrganizationNode> Organizations => Set<OrganizationNode>();

    /// <summary>Roster imports and how far each has got (any replica answers a progress query).</summary>
    public DbSet<MemberImport> Imports => Set<MemberImport>();

    /// <summary>Saves, and when members joined, left or changed status, publishes the touched counts in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (organizations, units) = MembershipCounts.Touched(ChangeTracker);
        if (organizations.Count == 0 && units.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await MembershipCounts.PublishAsync(this, organizations, units, cancellationToken);
        saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }

        return saved;
    }

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.HasOrganizationTreeCopy();
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembersDbContext).Assembly);
    }
}
