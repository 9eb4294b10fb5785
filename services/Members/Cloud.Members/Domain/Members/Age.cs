namespace Cloud.Members.Domain.Members;

public static class Age
{
    /// <summary>Whole years from <paramref name="from"/> to <paramref name="on"/> (a birthday counts on the day).</summary>
    public static int Years(DateOnly from, DateOnly on) =>
        on.Year - from.Year - (on.Month < from.Month || (on.Month == from.Month && on.Day < from.Day) ? 1 : 0);
}
