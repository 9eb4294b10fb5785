namespace Cloud.Members.Domain.Import;

/// <summary>
/// The columns of a county's member roster (党员花名册) as counties keep it in Excel; order is free, and each column is
/// also found by the field name the API uses (<c>nationalId</c>), so an export of the API's records imports as well.
/// </summary>
public static class RosterColumns
{
    public const string Name = "姓名";
    public const string NationalId = "身份证号码";
    public const string Gender = "性别";
    public const string Ethnicity = "民族";
    public const string BirthDate = "出生日期";
    public const string Education = "学历";
    public const string Organization = "所在党组织";
    public const string Status = "党员状态";
    public const string AdmissionApprovedOn = "入党时间";
    public const string ConfirmedOn = "转正时间";
    public const string Occupation = "人员类别";
    public const string EmploymentStatus = "在职状态";
    public const string Phone = "联系电话";

    /// <summary>Every column the import reads, in the order an export writes them; others are ignored.</summary>
    public static readonly string[] Known =
        [Name, NationalId, Gender, Ethnicity, BirthDate, Education, Organization, Status, AdmissionApprovedOn, ConfirmedOn, Occupation, EmploymentStatus, Phone];

    /// <summary>A roster without these cannot be imported at all (联系电话 may be left out).</summary>
    public static readonly string[] Required = [.. Known.Where(c => c != Phone)];

    /// <summary>Other headers a column is found by: the API's field names, and common variants of the Chinese ones.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Name] = ["name"],
        [NationalId] = ["nationalId", "身份证号", "公民身份号码"],
        [Gender] = ["gender"],
        [Ethnicity] = ["ethnicity"],
        [BirthDate] = ["birthDate"],
        [Education] = ["education", "学历程度"],
        [Organization] = ["organization", "organizationId", "所在支部", "所在党支部"],
        [Status] = ["status", "人员状态"],
        [AdmissionApprovedOn] = ["admissionApprovedOn", "入党日期"],
        [ConfirmedOn] = ["confirmedOn", "转正日期"],
        [Occupation] = ["occupation"],
        [EmploymentStatus] = ["employmentStatus"],
        [Phone] = ["phone", "手机号码", "电话"],
    };

    /// <summary>The column a header names, or null; templates often mark required columns with an asterisk ("*姓名").</summary>
    public static string? Find(string? header)
    {
        var text = header?.Replace("*", string.Empty, StringComparison.Ordinal).Replace("＊", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Known.FirstOrDefault(c => c == text || Aliases[c].Contains(text, StringComparer.OrdinalIgnoreCase));
    }
}
