namespace Cloud.Members.Domain.Import;

/// <summary>One roster holds at most 100,000 members: the largest counties have about 60,000.</summary>
public static class RosterLimits
{
    public const int MaxRows = 100_000;

    /// <summary>Title rows above the header that the reader looks past (e.g. "XX县党员花名册").</summary>
    public const int MaxRowsAboveHeader = 10;

    /// <summary>How many non-blank rows to read before knowing the file is too long.</summary>
    public const int RowsToRead = MaxRows + MaxRowsAboveHeader + 1;
}
