using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.Import;

/// <summary>The Chinese words of a roster for the member enums, as counties write them.</summary>
public static class RosterVocabulary
{
    public static readonly RosterWords<Gender> Genders = new(new Dictionary<Gender, string[]>
    {
        [Gender.Male] = ["男"],
        [Gender.Female] = ["女"],
    });

    public static readonly RosterWords<MembershipStatus> Statuses = new(new Dictionary<MembershipStatus, string[]>
    {
        [MembershipStatus.Full] = ["正式党员", "正式"],
        [MembershipStatus.Probationary] = ["预备党员", "预备"],
    });

    public static readonly RosterWords<EducationLevel> Educations = new(new Dictionary<EducationLevel, string[]>
    {
        [EducationLevel.Postgraduate] = ["研究生", "博士研究生", "硕士研究生", "博士", "硕士"],
        [EducationLevel.Undergraduate] = ["大学本科", "本科"],
        [EducationLevel.College] = ["大学专科", "大专", "专科"],
        [EducationLevel.SecondaryVocational] = ["中专", "中等专科", "中技", "技校"],
        [EducationLevel.HighSchool] = ["高中"],
        [EducationLevel.JuniorHighOrBelow] = ["初中及以下", "初中", "小学", "小学及以下"],
    });

    public static readonly RosterWords<OccupationCategory> Occupations = new(new Dictionary<OccupationCategory, string[]>
    {
        [OccupationCategory.Worker] = ["工人"],
        [OccupationCategory.FarmerHerderFisher] = ["农牧渔民"],
        [OccupationCategory.ProfessionalTechnical] = ["专业技术人员"],
        [OccupationCategory.Manager] = ["企事业单位、社会组织管理人员", "企事业单位管理人员"],
        [OccupationCategory.PartyGovernmentStaff] = ["党政机关工作人员"],
        [OccupationCategory.Student] = ["学生"],
        [OccupationCategory.Retired] = ["离退休人员"],
        [OccupationCategory.Other] = ["其他职业人员", "其他"],
    });

    public static readonly RosterWords<EmploymentStatus> EmploymentStatuses = new(new Dictionary<EmploymentStatus, string[]>
    {
        [EmploymentStatus.Active] = ["在职"],
        [EmploymentStatus.Retired] = ["离退休", "退休"],
        [EmploymentStatus.PreRevolutionRetired] = ["离休"],
    });
}
