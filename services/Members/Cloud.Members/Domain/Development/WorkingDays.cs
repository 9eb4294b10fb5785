namespace Cloud.Members.Domain.Development;

public static class WorkingDays
{
    /// <summary>Monday–Friday from <paramref name="from"/> to <paramref name="to"/>, both included. Public holidays are not known here, so a notice spanning one counts it; counties set the minimum with that in mind.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
