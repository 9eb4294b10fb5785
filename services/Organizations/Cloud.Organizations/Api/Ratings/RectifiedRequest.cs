namespace Cloud.Organizations.Api.Ratings;

/// <summary>Closes a 软弱涣散 flag: the day the rectification was accepted.</summary>
public sealed record RectifiedRequest(DateOnly? RectifiedOn);
