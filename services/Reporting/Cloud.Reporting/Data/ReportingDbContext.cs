using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.Persistence.Tenancy;
using Cloud.Reporting.Domain;
using Cloud.Reporting.Domain.History;
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

    /// <summary>Members' statistical facts through time (indicators 4–11 as of any date).</summary>
    public DbSet<MemberFactsVersion> MemberFacts => Set<MemberFactsVersion>();

    /// <summary>Members' roll, mobility and lost contact through time (indicators 4 and 12).</summary>
    public DbSet<MemberStateChange> MemberStates => Set<MemberStateChange>();

    /// <summary>What stays fixed about each organization of the tree.</summary>
    public DbSet<OrganizationRecord> OrganizationRecords => Set<OrganizationRecord>();

    /// <summary>Names, parents and statuses of the tree through time (subtrees and indicator 1 as of any date).</summary>
    public DbSet<OrganizationChange> OrganizationChanges => Set<OrganizationChange>();

    /// <summary>Development cases by stage through time (indicators 26–27).</summary>
    public DbSet<DevelopmentCaseVersion> DevelopmentCases => Set<DevelopmentCaseVersion>();

    /// <summary>Committee positions through time (indicators 13–17).</summary>
    public DbSet<PositionRecord> Positions => Set<PositionRecord>();

    /// <summary>Terms and their elections (indicator 18).</summary>
    public DbSet<TermRecord> Terms => Set<TermRecord>();

    /// <summary>The counties on Cloud and their cities (platform data, no tenant key).</summary>
    public DbSet<CountyRecord> Counties => Set<CountyRecord>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CountyRecord>(county =>
        {
            county.ToTable("counties");
            county.HasKey(c => c.Code);
            county.Property(c => c.Code).HasMaxLength(6);
            county.Property(c => c.City).HasMaxLength(4);
            county.Property(c => c.Name).HasMaxLength(50);
            county.HasIndex(c => c.City);
        });
        modelBuilder.Entity<PositionRecord>(position =>
        {
            position.ToTable(HistoryTables.Positions);
            position.HasTenantKey(nameof(PositionRecord.PositionId));
            position.Property(p => p.Role).HasMaxLength(40);
        });
        modelBuilder.Entity<TermRecord>(term =>
        {
            term.ToTable(HistoryTables.Terms);
            term.HasTenantKey(nameof(TermRecord.TermId));
        });
        modelBuilder.Entity<MemberFactsVersion>(version =>
        {
            version.ToTable(HistoryTables.MemberFacts);
            version.HasTenantKey(nameof(MemberFactsVersion.EventId));
            version.HasIndex(TenantModel.Property, nameof(MemberFactsVersion.MemberId), nameof(MemberFactsVersion.ValidFrom));
            foreach (var text in new[] { nameof(MemberFactsVersion.Gender), nameof(MemberFactsVersion.EducationBand), nameof(MemberFactsVersion.Occupation), nameof(MemberFactsVersion.EmploymentStatus), nameof(MemberFactsVersion.MembershipStatus) })
            {
                version.Property(text).HasMaxLength(40);
            }
        });
        modelBuilder.Entity<MemberStateChange>(change =>
        {
            change.ToTable(HistoryTables.MemberStates);
            change.HasTenantKey(nameof(MemberStateChange.EventId), nameof(MemberStateChange.Aspect));
            change.HasIndex(TenantModel.Property, nameof(MemberStateChange.MemberId), nameof(MemberStateChange.Aspect), nameof(MemberStateChange.ValidFrom));
            change.Property(c => c.Aspect).HasMaxLength(20);
            change.Property(c => c.Source).HasMaxLength(40);
            change.Property(c => c.Value).HasMaxLength(40);
        });
        modelBuilder.Entity<OrganizationRecord>(record =>
        {
            record.ToTable(HistoryTables.OrganizationRecords);
            record.HasTenantKey(nameof(OrganizationRecord.OrganizationId));
            record.Property(r => r.Type).HasMaxLength(40);
            record.Property(r => r.Kind).HasMaxLength(40);
            record.Property(r => r.Domain).HasMaxLength(40);
            record.Property(r => r.Township).HasMaxLength(100);
        });
        modelBuilder.Entity<OrganizationChange>(change =>
        {
            change.ToTable(HistoryTables.OrganizationChanges);
            change.HasTenantKey(nameof(OrganizationChange.EventId), nameof(OrganizationChange.Aspect));
            change.HasIndex(TenantModel.Property, nameof(OrganizationChange.OrganizationId), nameof(OrganizationChange.Aspect), nameof(OrganizationChange.ValidFrom));
            change.Property(c => c.Aspect).HasMaxLength(20);
            change.Property(c => c.Value).HasMaxLength(100);
        });
        modelBuilder.Entity<DevelopmentCaseVersion>(version =>
        {
            version.ToTable(HistoryTables.DevelopmentCases);
            version.HasTenantKey(nameof(DevelopmentCaseVersion.EventId));
            version.HasIndex(TenantModel.Property, nameof(DevelopmentCaseVersion.CaseId), nameof(DevelopmentCaseVersion.ValidFrom));
            foreach (var text in new[] { nameof(DevelopmentCaseVersion.Stage), nameof(DevelopmentCaseVersion.Gender), nameof(DevelopmentCaseVersion.EducationBand), nameof(DevelopmentCaseVersion.Occupation) })
            {
                version.Property(text).HasMaxLength(40);
            }
        });

        modelBuilder.HasOrganizationTreeCopy();
        modelBuilder.Entity<OrganizationMemberCount>(count =>
        {
            count.ToTable("organization_member_counts");
            count.HasTenantKey(nameof(OrganizationMemberCount.OrganizationId));
        });
    }
}
