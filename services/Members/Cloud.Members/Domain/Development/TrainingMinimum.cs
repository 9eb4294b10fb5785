namespace Cloud.Members.Domain.Development;

/// <summary>The least candidate training a rule set asks for: so many days or so many class-hours, whichever is met (M10).</summary>
public sealed record TrainingMinimum(decimal Days, decimal ClassHours)
{
    public bool IsMetBy(decimal? days, decimal? classHours) => days >= Days || classHours >= ClassHours;
}
