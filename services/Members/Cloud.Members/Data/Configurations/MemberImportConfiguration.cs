using Cloud.Members.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Cloud.Persistence.Tenancy;

namespace Cloud.Members.Data.Configurations;

internal sealed class MemberImportConfiguration : IEntityTypeConfiguration<MemberImport>
{
    public void Configure(EntityTypeBuilder<MemberImport> import)
    {
        import.ToTable("member_imports");
        import.HasTenantKey(nameof(MemberImport.Id));
        import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.Phase).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.StartedBy).HasMaxLength(200);
        import.Property(i => i.FileName).HasMaxLength(260);
        import.Property(i => i.Errors).HasColumnType("jsonb");
    }
}
