using Cloud.Organizations.Api;
using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>Records an honor: <c>award</c> (Other needs a <c>title</c>), <c>year</c> and <c>level</c> (County / City / Province / National).</summary>
public sealed record HonorRequest(string? Award, int? Year, string? Level, string? Title = null)
{
    public Validation Validate(DateOnly today, out HonorAward award, out HonorLevel level)
    {
        var validation = new Validation();
        if (!EnumNames.TryParse(Award, out award))
        {
            validation.Add("award", $"表彰类型必须是 {EnumNames.Names<HonorAward>()} 之一");
        }
        else if (OrganizationHonor.OtherHonorNeedsTitle(award, Title) is { } untitled)
        {
            validation.Add(untitled.Field, untitled.Message);
        }

        if (Title is { Length: > OrganizationHonor.MaxTitleLength })
        {
            validation.Add("title", $"表彰名称不能超过{OrganizationHonor.MaxTitleLength}个字符");
        }

        if (Year is not { } year)
        {
            validation.Add("year", "表彰年份不能为空");
        }
        else if (RecordYears.NotInFuture("year", year, today) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (!EnumNames.TryParse(Level, out level))
        {
            validation.Add("level", $"表彰级别必须是 {EnumNames.Names<HonorLevel>()} 之一");
        }

        return validation;
    }
}
