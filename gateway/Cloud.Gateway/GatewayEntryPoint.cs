namespace Cloud.Gateway;

/// <summary>Names this service's assembly, so tests can host it (WebApplicationFactory&lt;GatewayEntryPoint&gt;) beside others.</summary>
public sealed class GatewayEntryPoint;
