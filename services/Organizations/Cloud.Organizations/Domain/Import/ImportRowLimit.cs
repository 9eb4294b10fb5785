namespace Cloud.Organizations.Domain.Import;

/// <summary>One import holds at most 5,000 organizations: the largest counties have about 3,500.</summary>
public static class ImportRowLimit
{
    public const int MaxRows = 5000;

    /// <summary>Title rows above the header that the reader looks past (e.g. "XX县基层党组织名单").</summary>
    public const int MaxRowsAboveHeader = 10;

    /// <summary>How many non-blank rows to read before knowing the file is too long.</summary>
    public const int RowsToRead = MaxRows + MaxRowsAboveHeader + 1;
}
