namespace Cloud.Identity;

/// <summary>Names this service's assembly, so tests can host it (WebApplicationFactory&lt;IdentityEntryPoint&gt;) beside others.</summary>
public sealed class IdentityEntryPoint;
