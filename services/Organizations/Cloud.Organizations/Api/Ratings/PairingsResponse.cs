namespace Cloud.Organizations.Api.Ratings;

/// <summary>Indicator 46 <c>Pairings</c>: the 1+1 pairings in force in a year and how many.</summary>
public sealed record PairingsResponse(int Year, int Count, PairingResponse[] Pairings);
