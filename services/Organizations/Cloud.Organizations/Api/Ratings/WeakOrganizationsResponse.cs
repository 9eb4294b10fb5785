namespace Cloud.Organizations.Api.Ratings;

/// <summary>
/// Indicator 45 <c>WeakOrgRectified</c> for a year: flags raised in it, flags rectified in it, flags still open and those
/// overdue at its end (or today, for this year), with the flags concerned.
/// </summary>
public sealed record WeakOrganizationsResponse(int Year, DateOnly AsOf, int Flagged, int Rectified, int Open, int Overdue, WeakFlagResponse[] Flags);
