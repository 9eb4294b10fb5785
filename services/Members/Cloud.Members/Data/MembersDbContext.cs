using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
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
