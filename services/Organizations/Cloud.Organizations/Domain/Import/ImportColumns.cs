namespace Cloud.Organizations.Domain.Import;

/// <summary>The Chinese column headers of an organization list (组织名单), as counties keep it in Excel; order is free.</summary>
public static class ImportColumns
{
    public const string Name = "组织名称";
    public const string Type = "组织类型";
    public const string Parent = "上级组织";
    public const string Kind = "支部类型";
    public const string Domain = "所属领域";
    public const string Township = "所属乡镇";
    public const string SecretaryId = "书记ID";
    public const string Status = "状态";

    /// <summary>A list without these cannot be imported at all.</summary>
    public static readonly string[] Required = [Name, Type];

    /// <summary>Every column the import reads; others are ignored.</summary>
    public static readonly string[] Known = [Name, Type, Parent, Kind, Domain, Township, SecretaryId, Status];
}
