using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>A village organization's rating for a year: <c>starRating</c> 1–5 and/or <c>grade</c> 1–4 (一–四类); an omitted one is unset.</summary>
public sealed record RatingRequest(int? StarRating, int? Grade)
{
    public Validation Validate(int year, DateOnly today)
    {
        var validation = new Validation();
        if (StarRating is null && Grade is null)
        {
            validation.Add("starRating", "请填写星级或等级");
        }

        foreach (var violation in new[]
                 {
                     RecordYears.NotInFuture("year", year, today),
                     VillageRatingScale.StarRatingIsOneToFive(StarRating),
                     VillageRatingScale.GradeIsOneToFour(Grade),
                 }.OfType<RuleViolation>())
        {
            validation.Add(violation.Field, violation.Message);
        }

        return validation;
    }
}
