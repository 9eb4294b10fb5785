namespace Cloud.Organizations.Domain.Ratings;

/// <summary>The years a rating, honour or site may be recorded for: none before 1949 (a typing slip), none still to come.</summary>
public static class RecordYears
{
    public const int Earliest = 1949;

    public static RuleViolation? NotInFuture(string field, int year, DateOnly today) =>
        year < Earliest || year > today.Year ? new(field, $"年份必须在{Earliest}到{today.Year}之间") : null;
}
