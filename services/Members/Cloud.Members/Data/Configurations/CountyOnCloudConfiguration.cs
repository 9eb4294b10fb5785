using Cloud.Members.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Members.Data.Configurations;

internal sealed class CountyOnCloudConfiguration : IEntityTypeConfiguration<CountyOnCloud>
{
    public void Configure(EntityTypeBuilder<CountyOnCloud> county)
    {
        county.ToTable("counties_on_cloud");
        county.HasKey(c => c.Code);
        county.Property(c => c.Code).HasMaxLength(6);
        county.Property(c => c.Name).HasMaxLength(CountyOnCloud.MaxNameLength);
    }
}
