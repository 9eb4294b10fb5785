using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>A 软弱涣散 flag; <c>overdue</c>: past its deadline and not rectified, as of the day the answer is about.</summary>
public sealed record WeakFlagResponse(
    Guid Id, Guid OrganizationId, string OrganizationName, DateOnly FlaggedOn, DateOnly RectificationDeadline,
    string? Reason, DateOnly? RectifiedOn, bool Overdue)
{
    public static WeakFlagResponse From(WeakOrganizationFlag flag, string organizationName, DateOnly asOf) =>
        new(flag.Id, flag.OrganizationId, organizationName, flag.FlaggedOn, flag.RectificationDeadline, flag.Reason, flag.RectifiedOn, flag.IsOverdueOn(asOf));
}
