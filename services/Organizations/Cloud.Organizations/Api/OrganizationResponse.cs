using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Api;

public sealed record OrganizationResponse(
    Guid Id, string Name, string Type, Guid? ParentId, DateTimeOffset RegisteredAt,
    string? Kind, string? Domain, string Status, string Path, string? Township,
    DateOnly EffectiveFrom = default, DateOnly? DissolvedOn = null, Guid? MergedIntoOrganizationId = null,
    string? ShortName = null, string? ApprovalDocNo = null, DateOnly? ApprovedOn = null, DateOnly? TemporaryTaskEndsOn = null)
{
    public static OrganizationResponse From(Organization organization) =>
        new(organization.Id, organization.Name, organization.Type.ToString(), organization.ParentOrganizationId, organization.RegisteredAt,
            organization.Kind?.ToString(), organization.Domain?.ToString(), organization.Status.ToString(), organization.Path, organization.Township,
            organization.EffectiveFrom, organization.DissolvedOn, organization.MergedIntoOrganizationId,
            organization.ShortName, organization.ApprovalDocNo, organization.ApprovedOn, organization.TemporaryTaskEndsOn);
}
