using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;

namespace Cloud.Members.Tests.Development;

/// <summary>A case in memory, walked through the steps with <see cref="DevelopmentTimeline"/>'s defaults up to where a test needs it.</summary>
public sealed class CaseBuilder
{
    public static readonly Guid FirstMember = Guid.NewGuid();
    public static readonly Guid SecondMember = Guid.NewGuid();
    public static readonly Guid ProbationaryMember = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private CaseBuilder(DevelopmentCase c, DateOnly application)
    {
        Case = c;
        Application = application;
    }

    public DevelopmentCase Case { get; }

    public DateOnly Application { get; }

    public DevelopmentSettings Settings { get; set; } = DevelopmentSettings.Defaults();

    public static IReadOnlyList<MemberStanding> Standings { get; } =
        [new(FirstMember, true), new(SecondMember, true), new(ProbationaryMember, false)];

    public static CaseBuilder Open(DateOnly application, DateOnly? birthDate = null, bool isLeagueMember = false)
    {
        var refusal = TryOpen(application, birthDate ?? new DateOnly(1985, 4, 2), out var c, isLeagueMember);
        Assert.Null(refusal);
        return new CaseBuilder(c!, application);
    }

    public static DevelopmentRefusal? TryOpen(DateOnly application, DateOnly birthDate, out DevelopmentCase? opened, bool isLeagueMember = false) =>
        DevelopmentCase.Open(
            Guid.NewGuid(), "王建国", new ProtectedNationalId([1, 2, 3], "k1", [4, 5, 6], "6103**********1234"),
            new ApplicantFacts(Gender.Male, "汉族", birthDate, EducationLevel.Undergraduate, OccupationCategory.Worker, isLeagueMember),
            Guid.NewGuid(), new StepRecord(application), DevelopmentSettings.Defaults(), Now, out opened);

    public DateOnly DateFor(DevelopmentStep step) => DevelopmentTimeline.DateFor(Application, step);

    public StepRecord Default(DevelopmentStep step) => DevelopmentTimeline.RecordFor(Application, step, [FirstMember, SecondMember]);

    /// <summary>Records every step not yet recorded up to <paramref name="last"/> with the defaults (except <paramref name="skipping"/>).</summary>
    public CaseBuilder Through(DevelopmentStep last, params DevelopmentStep[] skipping)
    {
        foreach (var step in DevelopmentSteps.All.Where(s => s > DevelopmentStep.SubmitApplication && s <= last && !skipping.Contains(s) && !Case.Recorded(s).Any()))
        {
            var refusal = Try(step, Default(step));
            Assert.True(refusal is null, $"{step}: {refusal}");
        }

        return this;
    }

    public DevelopmentRefusal? Try(DevelopmentStep step, StepRecord record) =>
        Case.Record(step, record, Settings, Standings, DecisionSource.Manual, Now);

    public DevelopmentRefusal? Try(DevelopmentStep step, Func<StepRecord, StepRecord> change) => Try(step, change(Default(step)));

    public StepProgress Progress(DevelopmentStep step) => DevelopmentSchedule.Of(Case).Single(p => p.Step == step);
}
