namespace Cloud.Portal.Api.Administration;

/// <summary>A user of the county as /api/identity/users lists them (Identity's UserResponse).</summary>
public sealed record UserAccount(
    Guid Id, string Login, string DisplayName, string? Phone, string Status, IReadOnlyList<string> Roles, Guid? OrgScope, string? City,
    DateTimeOffset CreatedAt, Guid? MemberId)
{
    public bool IsDisabled => Status == "Disabled";

    public string StatusText => IsDisabled ? "已停用" : "正常";
}
