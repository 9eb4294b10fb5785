using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api;

/// <summary>A member's record as a county enters it; enums by name (<c>Female</c>, <c>Undergraduate</c>, <c>Full</c>).</summary>
public sealed record MemberRequest(
    string? Name,
    string? NationalId,
    string? Gender,
    string? Ethnicity,
    DateOnly? BirthDate,
    string? Education,
    string? Occupation,
    string? EmploymentStatus,
    string? Status,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ProbationStartOn,
    DateOnly? ConfirmedOn,
    Guid? OrganizationId,
    Guid? PartyGroupId = null,
    Guid? WorkUnitId = null,
    bool IsLeadingCadre = false,
    string? PostResponsibility = null,
    string? Phone = null,
    string? Address = null)
{
    /// <summary>Field errors in Chinese; when valid, the parsed ID and facts.</summary>
    public Validation Validate(DateOnly today, out NationalId nationalId, out MemberFacts facts)
    {
        var validation = new Validation().Require("name", Name, "姓名", PartyMemberConfiguration.MaxNameLength);
        facts = null!;
        if (!Domain.Members.NationalId.TryParse(NationalId, out nationalId, out var idError))
        {
            validation.Add("nationalId", idError);
        }

        var gender = Parse<Gender>(validation, "gender", Gender, "性别");
        var education = Parse<EducationLevel>(validation, "education", Education, "学历");
        var occupation = Parse<OccupationCategory>(validation, "occupation", Occupation, "人员类别");
        var employment = Parse<EmploymentStatus>(validation, "employmentStatus", EmploymentStatus, "在职状态");
        var status = Parse<MembershipStatus>(validation, "status", Status, "党员状态");
        if (!Ethnicities.TryNormalize(Ethnicity, out var ethnicity))
        {
            validation.Add("ethnicity", "民族必须是56个民族之一，如“汉族”“回族”");
        }

        if (BirthDate is not { } birthDate)
        {
            validation.Add("birthDate", "出生日期不能为空");
        }
        else if (nationalId is not null && gender is { } g)
        {
            validation.AddAll(nationalId.Mismatches(birthDate, g));
        }

        if (OrganizationId is null || OrganizationId == Guid.Empty)
        {
            validation.Add("organizationId", "所在党组织不能为空");
        }

        ValidateDates(validation, today, status);
        validation.Optional("postResponsibility", PostResponsibility, "设岗定责", 100)
            .Optional("phone", Phone, "联系电话", 30)
            .Optional("address", Address, "住址", 200);
        if (validation.IsValid)
        {
            facts = new MemberFacts(gender!.Value, ethnicity, BirthDate!.Value, education!.Value, occupation!.Value, employment!.Value, status!.Value,
                AdmissionApprovedOn, ProbationStartOn, ConfirmedOn, OrganizationId!.Value, PartyGroupId, WorkUnitId, IsLeadingCadre,
                Blank(PostResponsibility), Blank(Phone), Blank(Address));
        }

        return validation;
    }

    private void ValidateDates(Validation validation, DateOnly today, MembershipStatus? status)
    {
        if (AdmissionApprovedOn is null)
        {
            validation.Add("admissionApprovedOn", "入党时间不能为空");
        }

        foreach (var (field, day, label) in new[] { ("admissionApprovedOn", AdmissionApprovedOn, "入党时间"), ("probationStartOn", ProbationStartOn, "预备期开始日期"), ("confirmedOn", ConfirmedOn, "转正时间") })
        {
            if (day > today)
            {
                validation.Add(field, $"{label}不能晚于今天");
            }
            else if (day is { } d && BirthDate is { } born && Age.Years(born, d) < 18)
            {
                validation.Add(field, $"{label}时未满18周岁"); // M1: 党章第一条
            }
        }

        if (status == MembershipStatus.Full && ConfirmedOn is null)
        {
            validation.Add("confirmedOn", "正式党员须填写转正时间");
        }

        if (status == MembershipStatus.Probationary && ConfirmedOn is not null)
        {
            validation.Add("confirmedOn", "预备党员尚未转正，不应填写转正时间");
        }

        if (ConfirmedOn < AdmissionApprovedOn)
        {
            validation.Add("confirmedOn", "转正时间不能早于入党时间");
        }
    }

    private static T? Parse<T>(Validation validation, string field, string? value, string label)
        where T : struct, Enum
    {
        if (EnumNames.TryParse(value, out T parsed))
        {
            return parsed;
        }

        validation.Add(field, $"{label}必须是 {EnumNames.Names<T>()} 之一");
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
