namespace Cloud.Organizations.Api.Units;

/// <summary>An organization linked to a unit: <c>link</c> is Host (its host unit) or Covered (a joint branch covering it).</summary>
public sealed record LinkedOrganizationResponse(Guid Id, string Name, string Status, string Link);
