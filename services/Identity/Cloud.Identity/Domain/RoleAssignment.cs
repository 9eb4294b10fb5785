using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Domain;

/// <summary>
/// The roles of a user and the scope they need: CityViewer needs a city, OrgAdmin and BranchSecretary an
/// organization; platform roles exist only in the platform realm, county roles only in a county. A Member may be
/// linked to their own party member record (<see cref="MemberId"/>, the Members service's id).
/// </summary>
public sealed record RoleAssignment(IReadOnlyList<string> Roles, Guid? OrgScope, string? City, Guid? MemberId = null)
{
    public static readonly string[] PlatformRoles = [CloudRoles.PlatformAdmin, CloudRoles.Ops];

    public static readonly string[] CountyRoles =
        [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor, CloudRoles.CityViewer];

    /// <summary>Checks the rules for a user of <paramref name="realm"/>; returns field errors (field, message), empty when valid.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(string realm, IReadOnlyList<string>? roles, Guid? orgScope, string? city, Guid? memberId = null)
    {
        var errors = new List<(string, string)>();
        var allowed = Realm.IsPlatform(realm) ? PlatformRoles : CountyRoles;
        if (roles is null || roles.Count == 0)
        {
            errors.Add(("roles", "至少需要一个角色"));
            return errors;
        }

        foreach (var role in roles.Where(r => !allowed.Contains(r, StringComparer.Ordinal)).Distinct())
        {
            errors.Add(("roles", $"角色 {role} 不存在或不能在此分配，可选：{string.Join(" / ", allowed)}"));
        }

        var needsScope = roles.Contains(CloudRoles.OrgAdmin) || roles.Contains(CloudRoles.BranchSecretary);
        if (needsScope && orgScope is null)
        {
            errors.Add(("orgScope", "组织管理员和支部书记必须指定管理的组织"));
        }

        if (roles.Contains(CloudRoles.CityViewer))
        {
            if (city is not { Length: 4 } || !city.All(char.IsAsciiDigit))
            {
                errors.Add(("city", "市级查看角色必须指定4位城市代码"));
            }
            else if (!Realm.IsPlatform(realm) && realm[..4] != city)
            {
                errors.Add(("city", "城市代码必须是本县所属的城市"));
            }
        }

        if (memberId is not null && (memberId == Guid.Empty || !roles.Contains(CloudRoles.Member)))
        {
            errors.Add(("memberId", "只有党员角色的用户才能关联党员档案"));
        }

        return errors;
    }

    /// <summary>Only valid input reaches here (see <see cref="Check"/>); scopes a role does not need are dropped.</summary>
    public static RoleAssignment From(IReadOnlyList<string> roles, Guid? orgScope, string? city, Guid? memberId = null)
    {
        var distinct = roles.Distinct(StringComparer.Ordinal).ToArray();
        var scoped = distinct.Contains(CloudRoles.OrgAdmin) || distinct.Contains(CloudRoles.BranchSecretary);
        return new RoleAssignment(distinct, scoped ? orgScope : null, distinct.Contains(CloudRoles.CityViewer) ? city : null,
            distinct.Contains(CloudRoles.Member) ? memberId : null);
    }
}
