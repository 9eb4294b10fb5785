using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Development;

/// <summary>A case with its 25 steps; the national ID is masked unless the caller may see it whole.</summary>
public sealed record DevelopmentCaseResponse(
    Guid Id,
    string Name,
    string NationalId,
    bool NationalIdMasked,
    string Gender,
    string Ethnicity,
    DateOnly BirthDate,
    int AgeAtApplication,
    string Education,
    string Occupation,
    bool IsLeagueMember,
    Guid OrganizationId,
    string? OrganizationName,
    DateOnly ApplicationOn,
    string RuleSetCode,
    string RuleSet,
    string Stage,
    DateOnly StageSince,
    DateOnly? ProbationEndsOn,
    DateOnly? ConfirmedOn,
    Guid? MemberId,
    DateOnly? ClosedOn,
    string? ClosingNote,
    DateOnly? NextDueOn,
    bool Overdue,
    IReadOnlyList<string> Advisories,
    IReadOnlyList<StepResponse> Steps)
{
    public static DevelopmentCaseResponse From(DevelopmentCase c, string? organizationName, string? revealedNationalId, DevelopmentSettings settings, DateOnly today)
    {
        var steps = DevelopmentSchedule.Of(c);
        return new(
            c.Id, c.Name, revealedNationalId ?? c.NationalIdMasked, revealedNationalId is null, c.Gender.ToString(), c.Ethnicity, c.BirthDate,
            Age.Years(c.BirthDate, c.ApplicationOn), c.Education.ToString(), c.Occupation.ToString(), c.IsLeagueMember, c.OrganizationId,
            organizationName, c.ApplicationOn, c.RuleSetCode, c.RuleSet.Name, c.Stage.ToString(), c.StageSince, c.ProbationEndsOn, c.ConfirmedOn,
            c.MemberId, c.ClosedOn, c.ClosingNote, c.NextDueOn, steps.Any(s => s.IsOverdue(today)),
            LeagueRecommendationAdvisory.For(c, settings) is { } advisory ? [advisory] : [],
            [.. steps.Select(s => StepResponse.From(s, today))]);
    }
}
