namespace Cloud.Portal;

/// <summary>Names this assembly, so tests can host the Portal (WebApplicationFactory&lt;PortalEntryPoint&gt;) beside the services.</summary>
public sealed class PortalEntryPoint;
