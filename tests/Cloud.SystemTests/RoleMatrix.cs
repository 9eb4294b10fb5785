using Cloud.ServiceDefaults.Auth;

namespace Cloud.SystemTests;

/// <summary>
/// Who may call what, as data: one row per role × endpoint. Each issue that adds endpoints adds its rows here;
/// the test fails for an endpoint the gateway routes that has no rows.
/// </summary>
public static class RoleMatrix
{
    public const string ListOrganizations = "GET /api/organizations";
    public const string GetOrganization = "GET /api/organizations/{id:guid}";
    public const string GetOrganizationSubtree = "GET /api/organizations/{id:guid}/subtree";
    public const string GetOrganizationAncestors = "GET /api/organizations/{id:guid}/ancestors";
    public const string RegisterOrganization = "POST /api/organizations";
    public const string PreviewOrganizationImport = "POST /api/organizations/imports/preview";
    public const string ImportOrganizations = "POST /api/organizations/imports";
    public const string ExportOrganizations = "GET /api/organizations/export.xlsx";
    public const string CountyOverview = "GET /api/reporting/overview";

    public static readonly string[] Roles =
    [
        CloudRoles.PlatformAdmin, CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary,
        CloudRoles.Member, CloudRoles.Auditor, CloudRoles.CityViewer, CloudRoles.Ops,
    ];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [ListOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [GetOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [GetOrganizationSubtree] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [GetOrganizationAncestors] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [RegisterOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [PreviewOrganizationImport] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [ImportOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [ExportOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        [CountyOverview] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
    };

    public static IEnumerable<string> Endpoints => Allowed.Keys;

    /// <summary>
    /// (role, endpoint, allowed): allowed means past authorization (2xx, 404 for an id that does not exist, or 422 for an
    /// organization list refused for its content); otherwise 403.
    /// </summary>
    public static TheoryData<string, string, bool> Rows()
    {
        var rows = new TheoryData<string, string, bool>();
        foreach (var (endpoint, allowed) in Allowed)
        {
            foreach (var role in Roles)
            {
                rows.Add(role, endpoint, allowed.Contains(role));
            }
        }

        return rows;
    }
}
