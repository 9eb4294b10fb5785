using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>Names an organization a demonstration site from <c>sinceYear</c> (to <c>untilYear</c>, if known) with its liaison leader.</summary>
public sealed record DemonstrationSiteRequest(Guid? LiaisonLeaderId, int? SinceYear, int? UntilYear = null)
{
    public Validation Validate(DateOnly today)
    {
        var validation = new Validation();
        if (LiaisonLeaderId is null || LiaisonLeaderId == Guid.Empty)
        {
            validation.Add("liaisonLeaderId", "联系领导不能为空");
        }

        if (SinceYear is not { } since)
        {
            validation.Add("sinceYear", "起始年份不能为空");
        }
        else if (RecordYears.NotInFuture("sinceYear", since, today) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }
        else if (UntilYear is { } until && until < since)
        {
            validation.Add("untilYear", "截止年份不能早于起始年份");
        }

        if (UntilYear is > RecordYears.Latest)
        {
            validation.Add("untilYear", $"截止年份不能晚于{RecordYears.Latest}年");
        }

        return validation;
    }
}
