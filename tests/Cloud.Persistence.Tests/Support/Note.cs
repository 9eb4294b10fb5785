namespace Cloud.Persistence.Tests.Support;

/// <summary>A county's row in the test context: the smallest thing a unit of work writes alongside its event.</summary>
public sealed class Note
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Text { get; init; }
}
