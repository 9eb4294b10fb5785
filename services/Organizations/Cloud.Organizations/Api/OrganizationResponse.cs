using System.ComponentModel.DataAnnotations.Schema;
using System.Text.Json.Serialization;
using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Api;

public sealed record OrganizationResponse(
    Guid Id, string Name, string Type, Guid? ParentId, DateTimeOffset RegisteredAt,
    string? Kind, string? Domain, string Status, string Path, string? Township,
    DateOnly EffectiveFrom, DateOnly? DissolvedOn, Guid? MergedIntoOrganizationId,
    string? ShortName, string? ApprovalDocNo, DateOnly? ApprovedOn, DateOnly? TemporaryTaskEndsOn)
{
    /// <summary>
    /// With one organization (GET /{id}) its advisories; left out of lists, which have their own list of advisories.
    /// Not a column: subtrees are read from SQL straight into this record.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [NotMapped]
    public IReadOnlyList<AdvisoryResponse>? Advisories { get; init; }

    public static OrganizationResponse From(Organization organization) =>
        new(organization.Id, organization.Name, organization.Type.ToString(), organization.ParentOrganizationId, organization.RegisteredAt,
            organization.Kind?.ToString(), organization.Domain?.ToString(), organization.Status.ToString(), organization.Path, organization.Township,
            organization.EffectiveFrom, organization.DissolvedOn, organization.MergedIntoOrganizationId,
            organization.ShortName, organization.ApprovalDocNo, organization.ApprovedOn, organization.TemporaryTaskEndsOn);
}
