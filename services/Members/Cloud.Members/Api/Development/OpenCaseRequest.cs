using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Development;

/// <summary>An application for membership (入党申请书) that opens a case; enums by name (<c>Female</c>, <c>Undergraduate</c>).</summary>
public sealed record OpenCaseRequest(
    string? Name,
    string? NationalId,
    string? Gender,
    string? Ethnicity,
    DateOnly? BirthDate,
    string? Education,
    string? Occupation,
    Guid? OrganizationId,
    DateOnly? ApplicationOn,
    bool IsLeagueMember = false,
    string? Note = null)
{
    /// <summary>Field errors in Chinese; when valid, the parsed ID and the applicant's facts.</summary>
    public Validation Validate(DateOnly today, out NationalId nationalId, out ApplicantFacts facts)
    {
        var validation = new Validation().Require("name", Name, "姓名", PartyMemberConfiguration.MaxNameLength).Optional("note", Note, "备注", 500);
        facts = null!;
        if (!Domain.Members.NationalId.TryParse(NationalId, out nationalId, out var idError))
        {
            validation.Add("nationalId", idError);
        }

        var gender = StepFields.Enum<Gender>(validation, "gender", Gender, "性别");
        var education = StepFields.Enum<EducationLevel>(validation, "education", Education, "学历");
        var occupation = StepFields.Enum<OccupationCategory>(validation, "occupation", Occupation, "职业");
        if (!Ethnicities.TryNormalize(Ethnicity, out var ethnicity))
        {
            validation.Add("ethnicity", "民族必须是56个民族之一，如“汉族”“回族”");
        }

        if (BirthDate is { } born && nationalId is not null && gender is { } g)
        {
            validation.AddAll(nationalId.Mismatches(born, g));
        }
        else if (BirthDate is null)
        {
            validation.Add("birthDate", "出生日期不能为空");
        }

        if (OrganizationId is null || OrganizationId == Guid.Empty)
        {
            validation.Add("organizationId", "申请入党的党组织不能为空");
        }

        StepFields.Day(validation, "applicationOn", ApplicationOn, "递交申请书日期", today);
        if (validation.IsValid)
        {
            facts = new ApplicantFacts(gender!.Value, ethnicity, BirthDate!.Value, education!.Value, occupation!.Value, IsLeagueMember);
        }

        return validation;
    }
}
