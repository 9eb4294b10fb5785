using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Domain;

/// <summary>
/// The roles of a user and the scope they need: CityViewer needs a city, OrgAdmin and BranchSecretary an
/// organization; platform roles exist only in the platform realm, county roles only in a county.
/// </summary>
public sealed record RoleAssignment(IReadOnlyList<string> Roles, Guid? OrgScope, string? City)
{
    public static readonly string[] PlatformRoles = [CloudRoles.PlatformAdmin, CloudRoles.Ops];

    public static readonly string[] CountyRoles =
        [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor, CloudRoles.CityViewer];

    /// <summary>Checks the rules for a user of <paramref name="realm"/>; returns field errors (field, message), empty when valid.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(string realm, IReadOnlyList<string>? roles, Guid? orgScope, string? city)
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

        return errors;
    }

    /// <summary>Only valid input reaches here (see <see cref="Check"/>); scopes a role does not need are dropped.</summary>
    public static RoleAssignment From(IReadOnlyList<string> roles, Guid? orgScope, string? city)
    {
        var distinct = roles.Distinct(StringComparer.Ordinal).ToArray();
        var scoped = distinct.Contains(CloudRoles.OrgAdmin) || distinct.Contains(CloudRoles.BranchSecretary);
        return new RoleAssignment(distinct, scoped ? orgScope : null, distinct.Contains(CloudRoles.CityViewer) ? city : null);
    }
}
