namespace Cloud.Members.Domain.Import;

/// <summary>
/// One roster import of a county and how far it is, kept in the database (not in a server's memory) so that any replica
/// answers a progress query. Holds counts and the first row errors only: never a name or ID number of the roster.
/// </summary>
public sealed class MemberImport
{
    /// <summary>How many row errors the record keeps; the refused request itself returns all of them.</summary>
    public const int KeptErrors = 200;

    /// <summary>A running import whose progress has not moved for this long is reported failed (its server stopped).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    private MemberImport()
    {
    }

    public Guid Id { get; private set; }

    public ImportStatus Status { get; private set; }

    public ImportPhase Phase { get; private set; }

    /// <summary>The user who started it (the token's subject).</summary>
    public string StartedBy { get; private set; } = string.Empty;

    public string? FileName { get; private set; }

    public bool SkipExisting { get; private set; }

    public int RowsTotal { get; private set; }

    public int RowsDone { get; private set; }

    public int Imported { get; private set; }

    public int Skipped { get; private set; }

    public int ErrorCount { get; private set; }

    /// <summary>The first <see cref="KeptErrors"/> row errors as JSON (row, column, message).</summary>
    public string? Errors { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static MemberImport Start(Guid id, string startedBy, string? fileName, bool skipExisting, DateTimeOffset at) => new()
    {
        Id = id, Status = ImportStatus.Running, Phase = ImportPhase.Reading, StartedBy = startedBy, FileName = fileName,
        SkipExisting = skipExisting, StartedAt = at, UpdatedAt = at,
    };

    /// <summary>The status as callers should see it: a running import that stopped reporting has failed.</summary>
    public ImportStatus StatusAt(DateTimeOffset now) =>
        Status == ImportStatus.Running && now - UpdatedAt > StaleAfter ? ImportStatus.Failed : Status;
}
