using Cloud.Members.Domain.Development;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class DevelopmentDecisionConfiguration : IEntityTypeConfiguration<DevelopmentDecision>
{
    public void Configure(EntityTypeBuilder<DevelopmentDecision> d)
    {
        d.ToTable("development_decisions");
        d.HasTenantKey(nameof(DevelopmentDecision.Id));
        d.Property(x => x.Step).HasConversion<string>().HasMaxLength(40);
        d.Property(x => x.DecidingBody).HasMaxLength(100);
        d.Property(x => x.DocumentNumber).HasMaxLength(50);
        d.Property(x => x.Note).HasMaxLength(500);
        d.Property(x => x.RecommendationMethod).HasConversion<string>().HasMaxLength(30);
        d.Property(x => x.PoliticalReviewResult).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.TrainingDays).HasPrecision(5, 1);
        d.Property(x => x.ClassHours).HasPrecision(6, 1);
        d.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        d.HasIndex(TenantModel.Property, nameof(DevelopmentDecision.CaseId)).HasDatabaseName("ix_development_decisions_case");
    }
}
