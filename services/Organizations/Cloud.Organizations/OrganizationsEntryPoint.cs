namespace Cloud.Organizations;

/// <summary>Names this service's assembly, so tests can host it (WebApplicationFactory&lt;OrganizationsEntryPoint&gt;) beside others.</summary>
public sealed class OrganizationsEntryPoint;
