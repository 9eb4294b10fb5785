using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Search;

/// <summary>
/// The query string of a search: <c>organizationId</c> (root of a subtree), filters by enum name
/// (<c>status=Full</c>, <c>gender=Female</c>, <c>ethnicityGroup=Minority</c>, <c>educationBand=CollegeOrAbove</c>,
/// <c>ageBand=UnderThirtyFive</c>, <c>occupation</c>, <c>employmentStatus</c>, <c>state</c> — default <c>Current</c>),
/// <c>name</c> (the beginning of a name, up to 20 characters), <c>limit</c> (1–200, default 50) and <c>after</c> (the
/// previous page's <c>next</c>).
/// </summary>
public sealed record MemberSearchRequest(
    Guid? OrganizationId,
    string? Status,
    string? State,
    string? Gender,
    string? EthnicityGroup,
    string? EducationBand,
    string? AgeBand,
    string? Occupation,
    string? EmploymentStatus,
    int? Limit,
    string? After,
    bool? Mobile = null,
    string? Name = null)
{
    public const int DefaultLimit = 50;

    public const int MaxNamePrefix = 20;
    public const int MaxLimit = 200;

    public Validation Validate(out MemberSearchFilter filter, out SearchCursor? cursor, out int limit)
    {
        var validation = new Validation();
        filter = new MemberSearchFilter(
            Parse<MemberState>(validation, "state", State, "状态") ?? MemberState.Current,
            Parse<MembershipStatus>(validation, "status", Status, "党员状态"),
            Parse<Gender>(validation, "gender", Gender, "性别"),
            Parse<Domain.Members.EthnicityGroup>(validation, "ethnicityGroup", EthnicityGroup, "民族"),
            Parse<Domain.Members.EducationBand>(validation, "educationBand", EducationBand, "学历"),
            Parse<Domain.Members.AgeBand>(validation, "ageBand", AgeBand, "年龄段"),
            Parse<OccupationCategory>(validation, "occupation", Occupation, "人员类别"),
            Parse<Domain.Members.EmploymentStatus>(validation, "employmentStatus", EmploymentStatus, "在职状态"),
            Mobile,
            string.IsNullOrWhiteSpace(Name) ? null : Name.Trim());
        if (filter.NamePrefix is { Length: > MaxNamePrefix })
        {
            validation.Add("name", $"姓名查询最多{MaxNamePrefix}个字");
        }

        limit = Limit ?? DefaultLimit;
        validation.PageLimit(limit, MaxLimit);
        if (!SearchCursor.TryDecode(After, out cursor))
        {
            validation.Add("after", "翻页标记无效，请从第一页重新查询");
        }

        return validation;
    }

    private static T? Parse<T>(Validation validation, string field, string? value, string label)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (EnumNames.TryParse(value, out T parsed))
        {
            return parsed;
        }

        validation.Add(field, $"{label}必须是 {EnumNames.Names<T>()} 之一");
        return null;
    }
}
