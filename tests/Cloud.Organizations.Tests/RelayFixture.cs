namespace Cloud.Organizations.Tests;

/// <summary>
/// Outbox tests run alone, after every other test class of the assembly: every host of the service runs a relay, and
/// a relay publishes every county's unsent rows, so a healthy relay anywhere else would publish the rows a
/// broker-outage test expects to stay unsent.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RelayFixture
{
    public const string Name = "outbox relays";
}
