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
    public const string CountyOverview = "GET /api/reporting/overview";
    public const string GetOrganizationTree = "GET /api/organizations/tree";
    public const string SearchOrganizations = "GET /api/organizations/search";
    public const string GetOrganizationHistory = "GET /api/organizations/{id:guid}/history";
    public const string RenameOrganization = "POST /api/organizations/{id:guid}/rename";
    public const string MoveOrganization = "POST /api/organizations/{id:guid}/move";
    public const string MergeOrganization = "POST /api/organizations/{id:guid}/merge";
    public const string SplitOrganization = "POST /api/organizations/{id:guid}/split";
    public const string DissolveOrganization = "POST /api/organizations/{id:guid}/dissolve";
    public const string ApproveOrganization = "POST /api/organizations/{id:guid}/approve";
    public const string BeginRestructuring = "POST /api/organizations/{id:guid}/restructuring";
    public const string EndRestructuring = "POST /api/organizations/{id:guid}/restructuring/end";

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
        [GetOrganizationTree] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [SearchOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [GetOrganizationHistory] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor],
        [RenameOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [MoveOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [MergeOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [SplitOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [DissolveOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [ApproveOrganization] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [BeginRestructuring] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [EndRestructuring] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [CountyOverview] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
    };

    public static IEnumerable<string> Endpoints => Allowed.Keys;

    /// <summary>(role, endpoint, allowed): allowed means past authorization (2xx, or 404 for an id that does not exist); otherwise 403.</summary>
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
