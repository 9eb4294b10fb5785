using Cloud.Organizations.Data;

namespace Cloud.Organizations.Api;

/// <summary>A business-rule warning: <c>code</c> is the rule's name, <c>message</c> what was found, <c>suggestion</c> what to do.</summary>
public sealed record AdvisoryResponse(Guid OrganizationId, string OrganizationName, string Code, string Message, string Suggestion)
{
    public static AdvisoryResponse From(OrganizationAdvisory found) =>
        new(found.Advisory.OrganizationId, found.OrganizationName, found.Advisory.Code, found.Advisory.Message, found.Advisory.Suggestion);
}
