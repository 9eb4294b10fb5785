namespace Cloud.SystemTests.Browser;

/// <summary>One browser platform for every Portal journey; each journey works in its own county.</summary>
[CollectionDefinition(Name)]
public sealed class PortalJourneys : ICollectionFixture<PortalPlatform>
{
    public const string Name = "portal";
}
