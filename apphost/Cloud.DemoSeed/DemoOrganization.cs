namespace Cloud.DemoSeed;

/// <summary>
/// One organization of the demo tree; the parent is named because its id is known only once it exists.
/// <see cref="ElectedOn"/> is the start of its current term (an election whose results give it a secretary, and a full
/// committee when <see cref="Committee"/>); null leaves it without a term or secretary. <see cref="Unit"/> names the
/// host unit (村, 社区, 机关, 企业…) it is registered at, when it has one of its own.
/// </summary>
public sealed record DemoOrganization(
    string Name,
    string Type,
    string? ParentName,
    string? Kind = null,
    string? Domain = null,
    string? Township = null,
    DateOnly? ElectedOn = null,
    bool Committee = false,
    DateOnly? EstablishedOn = null,
    DateOnly? TemporaryTaskEndsOn = null,
    DemoUnit? Unit = null)
{
    /// <summary>Most of the tree was set up long before the county came onto the platform; the tree as of a past date shows it.</summary>
    public DateOnly Established => EstablishedOn ?? new DateOnly(2016, 6, 30);
}
