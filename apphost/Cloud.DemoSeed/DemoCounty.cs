using Cloud.ServiceDefaults.Auth;

namespace Cloud.DemoSeed;

/// <summary>The demo tenant: 陈仓区 (宝鸡市, 陕西), its county administrator and staff; the tree is <see cref="DemoTree"/>.</summary>
public static class DemoCounty
{
    public const string Code = "610304";
    public const string DisplayName = "陈仓区";

    /// <summary>How the district's own organizations are named: 中共陈仓区千河镇委员会.</summary>
    public const string PartyPrefix = "中共陈仓区";

    /// <summary>The top of the tree, created by Organizations when the county is onboarded.</summary>
    public const string CommitteeName = "中共陈仓区委员会";
    public const string AdminLogin = "admin";

    /// <summary>The platform operator Identity creates from Identity__BootstrapAdminPassword.</summary>
    public const string PlatformLogin = "platform";

    /// <summary>The county's other staff, each scoped as the role needs (architecture.md §1).</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("qianhe", "千河镇党委组织委员", CloudRoles.OrgAdmin, "中共陈仓区千河镇委员会"),
        new("dongpo", "东坡村党支部书记", CloudRoles.BranchSecretary, DemoTree.CaseBranch),
        new("auditor", "区纪委审计员", CloudRoles.Auditor, null),
    ];

    public static string SignInName(string login) => $"{login}@{Code}";
}
