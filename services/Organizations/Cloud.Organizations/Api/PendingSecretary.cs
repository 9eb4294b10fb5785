namespace Cloud.Organizations.Api;

/// <summary>A 书记ID of an imported row, not yet stored: the organization it belongs to and the member named.</summary>
public sealed record PendingSecretary(int Row, Guid OrganizationId, Guid SecretaryId);
