using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// An organization the import registers, with the row it comes from and, when the row names a 书记ID, its leadership
/// with that member in post (the rows and events of <see cref="OrganizationLeadership.Assign"/>).
/// </summary>
public sealed record PlannedOrganization(ImportRow Row, Organization Organization, OrganizationLeadership? Leadership = null);
