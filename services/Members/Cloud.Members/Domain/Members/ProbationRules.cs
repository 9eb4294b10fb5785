namespace Cloud.Members.Domain.Members;

/// <summary>Probation and confirmation (转正).</summary>
public static class ProbationRules
{
    public const string TooEarly = "预备期未满一年，不能转正（党章第七条）";

    /// <summary>M17: probation lasts one year from the general meeting's vote (or, for records without it, from admission).</summary>
    public static DateOnly? EndsOn(PartyMember member) => (member.ProbationStartOn ?? member.AdmissionApprovedOn)?.AddYears(1);

    /// <summary>The refusal, if a confirmation dated <paramref name="on"/> comes before the year of probation is over.</summary>
    public static string? RefuseConfirmation(PartyMember member, DateOnly on) => EndsOn(member) is { } end && on < end ? TooEarly : null;
}
