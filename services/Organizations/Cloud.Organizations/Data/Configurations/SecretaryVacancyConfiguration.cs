using Cloud.Organizations.Domain.Leadership;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class SecretaryVacancyConfiguration : IEntityTypeConfiguration<SecretaryVacancy>
{
    public void Configure(EntityTypeBuilder<SecretaryVacancy> vacancy)
    {
        vacancy.ToTable("secretary_vacancies");
        vacancy.HasTenantKey(nameof(SecretaryVacancy.Id));
        vacancy.Property(v => v.FilledBy).HasConversion<string>().HasMaxLength(40);
        vacancy.Ignore(v => v.IsOpen);
        // At most one open vacancy per organization.
        vacancy.HasIndex(TenantModel.Property, nameof(SecretaryVacancy.OrganizationId)).IsUnique().HasFilter("filled_on IS NULL").HasDatabaseName("ux_secretary_vacancies_open");
    }
}
