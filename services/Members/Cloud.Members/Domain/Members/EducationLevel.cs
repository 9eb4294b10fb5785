namespace Cloud.Members.Domain.Members;

/// <summary>Highest education, as the 党内统计 tables list it.</summary>
public enum EducationLevel
{
    /// <summary>研究生</summary>
    Postgraduate,

    /// <summary>大学本科</summary>
    Undergraduate,

    /// <summary>大学专科</summary>
    College,

    /// <summary>中专</summary>
    SecondaryVocational,

    /// <summary>高中</summary>
    HighSchool,

    /// <summary>初中及以下</summary>
    JuniorHighOrBelow,
}

/// <summary>Bands the county reports count by (seed 004: "大专及以上学历" share).</summary>
public enum EducationBand
{
    /// <summary>大专及以上</summary>
    CollegeOrAbove,

    /// <summary>高中、中专</summary>
    Secondary,

    /// <summary>初中及以下</summary>
    JuniorHighOrBelow,
}

public static class EducationLevels
{
    public static EducationBand Band(this EducationLevel level) => level switch
    {
        EducationLevel.Postgraduate or EducationLevel.Undergraduate or EducationLevel.College => EducationBand.CollegeOrAbove,
        EducationLevel.SecondaryVocational or EducationLevel.HighSchool => EducationBand.Secondary,
        _ => EducationBand.JuniorHighOrBelow,
    };
}
