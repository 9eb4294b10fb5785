namespace Cloud.Organizations.Domain.Ratings;

/// <summary>The years a rating, honor or site may be recorded for: none before 1949 (a typing slip), none still to come.</summary>
public static class RecordYears
{
    public const int Earliest = 1949;

    /// <summary>The last year a list may be asked for; beyond it a year is a typing slip, not a plan.</summary>
    public const int Latest = 2200;

    public static RuleViolation? NotInFuture(string field, int year, DateOnly today) =>
        year < Earliest || year > today.Year ? new(field, $"年份必须在{Earliest}到{today.Year}之间") : null;

    /// <summary>A year to list or count for (<c>?year=</c>).</summary>
    public static RuleViolation? Listable(int year) =>
        year is < Earliest or > Latest ? new("year", $"年份必须在{Earliest}到{Latest}之间") : null;
}
