namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Rules of 1+1 pairing (结对帮扶): two different organizations, and an end after the start.</summary>
public static class PairingRules
{
    public static RuleViolation? PairingWithItselfIsRefused(Guid strongOrganizationId, Guid weakOrganizationId) =>
        strongOrganizationId == weakOrganizationId ? new("weakOrganizationId", "不能与本组织结对帮扶") : null;

    public static RuleViolation? EndsAfterStart(DateOnly startOn, DateOnly? endOn) =>
        endOn is { } end && end < startOn ? new("endOn", "结束日期不能早于开始日期") : null;
}
