using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

public sealed record RatingResponse(Guid OrganizationId, int Year, int? StarRating, int? Grade, DateTimeOffset RecordedAt)
{
    public static RatingResponse From(VillageRating rating) => new(rating.OrganizationId, rating.Year, rating.StarRating, rating.Grade, rating.RecordedAt);
}
