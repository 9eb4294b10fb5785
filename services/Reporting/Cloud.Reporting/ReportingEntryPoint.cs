namespace Cloud.Reporting;

/// <summary>Names this service's assembly, so tests can host it (WebApplicationFactory&lt;ReportingEntryPoint&gt;) beside others.</summary>
public sealed class ReportingEntryPoint;
