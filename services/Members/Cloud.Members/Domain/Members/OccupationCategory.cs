namespace Cloud.Members.Domain.Members;

/// <summary>Occupation as the 党内统计公报 counts it.</summary>
public enum OccupationCategory
{
    /// <summary>工人</summary>
    Worker,

    /// <summary>农牧渔民</summary>
    FarmerHerderFisher,

    /// <summary>专业技术人员</summary>
    ProfessionalTechnical,

    /// <summary>企事业单位、社会组织管理人员</summary>
    Manager,

    /// <summary>党政机关工作人员</summary>
    PartyGovernmentStaff,

    /// <summary>学生</summary>
    Student,

    /// <summary>离退休人员</summary>
    Retired,

    /// <summary>其他职业人员</summary>
    Other,
}
