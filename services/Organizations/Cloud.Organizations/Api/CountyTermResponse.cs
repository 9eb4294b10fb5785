using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Api;

/// <summary>One organization's term in the county's re-election (换届) list.</summary>
public sealed record CountyTermResponse(
    Guid OrganizationId, string OrganizationName, string OrganizationType, Guid TermId, int TermNumber, DateOnly StartedOn,
    DateOnly PlannedEndOn, DateOnly? ExtendedUntil, string Status)
{
    public static CountyTermResponse From(Term t, string organizationName, OrganizationType type, TermStatus status) => new(
        t.OrganizationId, organizationName, type.ToString(), t.Id, t.TermNumber, t.StartedOn, t.PlannedEndOn, t.ExtensionApprovedUntil, status.ToString());
}
