namespace Cloud.SystemTests;

/// <summary>One platform for all system tests: one reporting consumer per process, so a trace never leaves the collector.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformFixture : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
