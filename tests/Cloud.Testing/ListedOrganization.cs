namespace Cloud.Testing;

/// <summary>One row of an organization list to import, as text; <see cref="Cell"/> gives a cell by its Chinese header.</summary>
public sealed record ListedOrganization(
    string? Name, string? Type, string? Parent = null, string? Kind = null, string? Domain = null,
    string? Township = null, string? SecretaryId = null, string? Status = null)
{
    public string? Cell(string header) => header switch
    {
        "组织名称" => Name,
        "组织类型" => Type,
        "上级组织" => Parent,
        "支部类型" => Kind,
        "所属领域" => Domain,
        "所属乡镇" => Township,
        "书记ID" => SecretaryId,
        "状态" => Status,
        _ => null,
    };
}
