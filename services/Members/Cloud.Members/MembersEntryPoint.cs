namespace Cloud.Members;

/// <summary>Names this service's assembly, so tests can host it (WebApplicationFactory&lt;MembersEntryPoint&gt;) beside others.</summary>
public sealed class MembersEntryPoint;
