using Cloud.Members.Domain.Development;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class DevelopmentCaseConfiguration : IEntityTypeConfiguration<DevelopmentCase>
{
    public void Configure(EntityTypeBuilder<DevelopmentCase> c)
    {
        c.ToTable("development_cases");
        c.HasTenantKey(nameof(DevelopmentCase.Id));
        c.Property(x => x.Name).HasMaxLength(PartyMemberConfiguration.MaxNameLength);
        c.Ignore(x => x.NationalId);
        c.Ignore(x => x.RuleSet);
        c.Ignore(x => x.IsOpen);
        c.Property(x => x.NationalIdKeyId).HasMaxLength(40);
        c.Property(x => x.NationalIdMasked).HasMaxLength(18);
        // One open case per person and county; closed ones stay as history and the person may apply again.
        c.HasIndex(TenantModel.Property, nameof(DevelopmentCase.NationalIdHash)).IsUnique()
            .HasFilter("stage IN ('Applicant', 'Activist', 'Candidate', 'Probationary', 'ProbationExtended')")
            .HasDatabaseName("ux_development_cases_open_national_id_hash");
        c.Property(x => x.Gender).HasConversion<string>().HasMaxLength(10);
        c.Property(x => x.Ethnicity).HasMaxLength(10);
        c.Property(x => x.Education).HasConversion<string>().HasMaxLength(30);
        c.Property(x => x.Occupation).HasConversion<string>().HasMaxLength(30);
        c.Property(x => x.RuleSetCode).HasMaxLength(10);
        c.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.ClosingBody).HasMaxLength(100);
        c.Property(x => x.ClosingDocumentNumber).HasMaxLength(50);
        c.Property(x => x.ClosingNote).HasMaxLength(500);
        c.Property(x => x.Version).IsConcurrencyToken();
        c.HasMany(x => x.Decisions).WithOne().HasForeignKey(TenantModel.Property, nameof(DevelopmentDecision.CaseId))
            .HasPrincipalKey(TenantModel.Property, nameof(DevelopmentCase.Id)).OnDelete(DeleteBehavior.Cascade);
        c.Navigation(x => x.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Lists walk a county's cases by organization and stage; the overdue filter reads next_due_on.
        c.HasIndex(TenantModel.Property, nameof(DevelopmentCase.OrganizationId), nameof(DevelopmentCase.Stage)).HasDatabaseName("ix_development_cases_organization_stage");
        c.HasIndex(TenantModel.Property, nameof(DevelopmentCase.NextDueOn)).HasFilter("next_due_on IS NOT NULL").HasDatabaseName("ix_development_cases_next_due_on");
    }
}
