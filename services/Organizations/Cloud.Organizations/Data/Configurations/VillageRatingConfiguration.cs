using Cloud.Organizations.Domain.Ratings;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cloud.Organizations.Data.Configurations;

internal sealed class VillageRatingConfiguration : IEntityTypeConfiguration<VillageRating>
{
    public void Configure(EntityTypeBuilder<VillageRating> rating)
    {
        // The scales again in the database, whatever writes the row (VillageRatingScale).
        rating.ToTable("village_ratings", table =>
        {
            table.HasCheckConstraint("ck_village_ratings_star_rating", $"star_rating BETWEEN {VillageRatingScale.MinStars} AND {VillageRatingScale.MaxStars}");
            table.HasCheckConstraint("ck_village_ratings_grade", $"grade BETWEEN {VillageRatingScale.BestGrade} AND {VillageRatingScale.WorstGrade}");
        });
        rating.HasTenantKey(nameof(VillageRating.OrganizationId), nameof(VillageRating.Year));
        rating.HasIndex(TenantModel.Property, nameof(VillageRating.Year));
    }
}
