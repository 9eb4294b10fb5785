namespace Cloud.Portal.Api.Administration;

/// <summary>One line of the county's audit trail (Identity's AuditRecordResponse).</summary>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, string Action, string? ActorId, string? ActorName, string? ClientIp, string? Target)
{
    /// <summary>Identity's AuditAction in Chinese.</summary>
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["SignIn"] = "登录",
        ["SignInFailed"] = "登录失败",
        ["LockedOut"] = "账号锁定",
        ["UserCreated"] = "创建用户",
        ["RolesChanged"] = "修改角色",
        ["UserDisabled"] = "停用用户",
        ["UserEnabled"] = "启用用户",
        ["PasswordReset"] = "重置密码",
        ["CountyOnboarded"] = "开通区县",
        ["CountySuspended"] = "停用区县",
        ["CountyActivated"] = "启用区县",
        ["ClientCreated"] = "创建接口客户端",
    };

    public string ActionText => Actions.GetValueOrDefault(Action, Action);
}
