namespace Cloud.Organizations.Api.Ratings;

public sealed record GradeCount(int Grade, int Count);
