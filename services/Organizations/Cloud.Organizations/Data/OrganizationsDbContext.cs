using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;
using Cloud.Organizations.Domain.Ratings;
using Cloud.Organizations.Domain.Settings;
using Cloud.Organizations.Domain.Units;
using Cloud.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

public sealed class OrganizationsDbContext(DbContextOptions<OrganizationsDbContext> options)
    : CloudDbContext(options)
{
    public const string DatabaseName = "organizations";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<HostUnit> HostUnits => Set<HostUnit>();

    public DbSet<OrganizationCoveredUnit> CoveredUnits => Set<OrganizationCoveredUnit>();

    public DbSet<OrganizationMemberCount> MemberCounts => Set<OrganizationMemberCount>();

    public DbSet<VillageRating> VillageRatings => Set<VillageRating>();

    public DbSet<WeakOrganizationFlag> WeakFlags => Set<WeakOrganizationFlag>();

    public DbSet<DemonstrationSite> DemonstrationSites => Set<DemonstrationSite>();

    public DbSet<PairingAssistance> Pairings => Set<PairingAssistance>();

    public DbSet<OrganizationHonor> Honors => Set<OrganizationHonor>();

    public DbSet<CountySettings> CountySettings => Set<CountySettings>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<CommitteePosition> CommitteePositions => Set<CommitteePosition>();

    public DbSet<SecretaryVacancy> SecretaryVacancies => Set<SecretaryVacancy>();

    public DbSet<OrganizationVersion> OrganizationVersions => Set<OrganizationVersion>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        // ltree is a trusted extension (PostgreSQL 13+): the database owner creates it in the migration.
        modelBuilder.HasPostgresExtension("ltree");
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganizationsDbContext).Assembly);
    }
}
