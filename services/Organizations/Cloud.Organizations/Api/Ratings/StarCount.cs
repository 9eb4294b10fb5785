namespace Cloud.Organizations.Api.Ratings;

public sealed record StarCount(int StarRating, int Count);
