namespace Cloud.Persistence.Tests.Support;

/// <summary>
/// Tests that run a relay or consumers run alone, after every other test class of the assembly: a relay publishes every
/// county's unsent rows, so a healthy relay anywhere else would publish the rows a broker-outage test expects to stay unsent.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BusFixture
{
    public const string Name = "relays and consumers";
}
