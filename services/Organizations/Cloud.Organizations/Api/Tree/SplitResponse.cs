namespace Cloud.Organizations.Api.Tree;

public sealed record SplitResponse(OrganizationResponse Source, IReadOnlyList<OrganizationResponse> Parts);
