namespace Cloud.Organizations.Tests;

/// <summary>
/// Tests that run an outbox relay take turns: a relay publishes every county's unsent rows, so a healthy relay in a
/// parallel test would publish the rows a broker-outage test expects to stay unsent.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RelayFixture
{
    public const string Name = "outbox relays";
}
