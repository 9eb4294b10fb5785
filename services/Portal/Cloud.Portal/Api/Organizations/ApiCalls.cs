namespace Cloud.Portal.Api.Organizations;

/// <summary>What a form needs of a write: only the refusal (null when the API took it).</summary>
public static class ApiCalls
{
    public static async Task<ApiProblem?> ProblemAsync<T>(this Task<ApiResult<T>> call) => (await call).Problem;

    /// <summary>A date from a picker as the API's date (the picker's time of day is midnight).</summary>
    public static DateOnly? Day(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    /// <summary>The county's today: China has one time zone, UTC+8.</summary>
    public static DateTime Today => DateTime.UtcNow.Add(Formatting.Zh.ChinaOffset).Date;
}
