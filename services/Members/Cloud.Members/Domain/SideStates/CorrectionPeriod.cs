namespace Cloud.Members.Domain.SideStates;

/// <summary>限期改正 (M27): a correction order of at most one year, ending Normal or Removed by the branch's decision.</summary>
public sealed class CorrectionPeriod
{
    public const string TooLong = "限期改正的期限不得超过一年（党员教育管理工作条例第三十条）";

    private CorrectionPeriod()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day of the period.</summary>
    public DateOnly EndsOn { get; private set; }

    public CorrectionOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    /// <summary>M27: at most one year from the start.</summary>
    public static string? Refuse(DateOnly startsOn, DateOnly endsOn) =>
        endsOn <= startsOn ? "限期改正的截止日期须晚于开始日期" : endsOn > startsOn.AddYears(1) ? TooLong : null;

    public static CorrectionPeriod Order(Guid memberId, DateOnly startsOn, DateOnly endsOn, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), MemberId = memberId, StartsOn = startsOn, EndsOn = endsOn, UpdatedAt = at };

    public string? Conclude(CorrectionOutcome outcome, DateOnly on, DateTimeOffset at)
    {
        if (on < StartsOn)
        {
            return "结论日期不能早于限期改正开始日期";
        }

        Outcome = outcome;
        OutcomeOn = on;
        UpdatedAt = at;
        return null;
    }
}
