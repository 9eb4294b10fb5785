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

    // Organizations' records beyond the tree: reads by county readers, writes by organization managers; the unit
    // registry and the county's settings are county-wide (a scoped OrgAdmin links units but neither registers nor changes them).
    private static readonly string[] CountyReads =
    [
        "GET /api/organizations/advisories",
        "GET /api/organizations/settings", "GET /api/organizations/terms", "GET /api/organizations/vacancies",
        "GET /api/organizations/{id:guid}/terms", "GET /api/organizations/{id:guid}/positions", "GET /api/organizations/{id:guid}/leadership",
        "GET /api/organizations/units", "GET /api/organizations/units/coverage", "GET /api/organizations/units/unestablished",
        "GET /api/organizations/units/{unitId:guid}", "GET /api/organizations/{id:guid}/units", "GET /api/organizations/{id:guid}/member-count",
        "GET /api/organizations/ratings/distribution", "GET /api/organizations/{id:guid}/ratings",
        "GET /api/organizations/weak", "GET /api/organizations/{id:guid}/weak",
        "GET /api/organizations/demonstration-sites", "GET /api/organizations/{id:guid}/demonstration-sites",
        "GET /api/organizations/pairings", "GET /api/organizations/{id:guid}/pairings",
        "GET /api/organizations/honors", "GET /api/organizations/{id:guid}/honors",
    ];

    private static readonly string[] OrganizationWrites =
    [
        "POST /api/organizations/{id:guid}/terms", "POST /api/organizations/{id:guid}/terms/{termId:guid}/extension",
        "POST /api/organizations/{id:guid}/terms/{termId:guid}/approval",
        "POST /api/organizations/{id:guid}/positions", "POST /api/organizations/{id:guid}/positions/{positionId:guid}/end",
        "PUT /api/organizations/{id:guid}/host-unit", "PUT /api/organizations/{id:guid}/covered-units",
        "PUT /api/organizations/{id:guid}/ratings/{year:int}",
        "POST /api/organizations/{id:guid}/weak", "POST /api/organizations/{id:guid}/weak/{flagId:guid}/rectified",
        "POST /api/organizations/{id:guid}/demonstration-sites", "PUT /api/organizations/{id:guid}/demonstration-sites/{siteId:guid}",
        "POST /api/organizations/{id:guid}/pairings", "POST /api/organizations/{id:guid}/pairings/{pairingId:guid}/ended",
        "POST /api/organizations/{id:guid}/honors", "DELETE /api/organizations/{id:guid}/honors/{honorId:guid}",
    ];

    private static readonly string[] CountyWideWrites =
        ["POST /api/organizations/tree/republish", "POST /api/organizations/units", "PUT /api/organizations/units/{unitId:guid}", "PUT /api/organizations/settings"];

    // Members: records are managed by the county, scoped admins and branch secretaries (within their subtree), read by auditors too.
    private static readonly string[] MemberReads = ["GET /api/members/{id:guid}", "GET /api/members/search", "GET /api/members/search/counts", "GET /api/members/voters"];

    private static readonly string[] MemberWrites = ["POST /api/members"];

    // Member records (records helper): side states and due flags read like records; decisions written like records.
    private static readonly string[] MemberRecordReads = ["GET /api/members/{id:guid}/side-states", "GET /api/members/flags"];

    private static readonly string[] MemberRecordWrites =
    [
        "PUT /api/members/{id:guid}", "POST /api/members/{id:guid}/confirmation", "POST /api/members/{id:guid}/state",
        "PUT /api/members/{id:guid}/mobile", "POST /api/members/{id:guid}/mobile/end", "POST /api/members/{id:guid}/lost-contact",
        "POST /api/members/{id:guid}/lost-contact/decision", "POST /api/members/{id:guid}/correction-period",
        "POST /api/members/{id:guid}/correction-period/outcome", "POST /api/members/{id:guid}/sanctions",
        "POST /api/members/{id:guid}/voting-rights/suspension", "POST /api/members/{id:guid}/voting-rights/restoration",
    ];

    // A Member reads their own record and who viewed it; the access log is for the county and auditors.
    private static readonly string[] MemberSelf = ["GET /api/members/me", "GET /api/members/me/viewers"];

    private static readonly string[] AccessLog = ["GET /api/members/access-log"];

    // Admission cases (发展党员): read by county readers, recorded by member managers within their subtree; the development settings by the CountyAdmin.
    private static readonly string[] DevelopmentReads =
        ["GET /api/members/development", "GET /api/members/development/counts", "GET /api/members/development/{id:guid}", "GET /api/members/development/settings"];

    private static readonly string[] DevelopmentWrites =
    [
        "POST /api/members/development", "POST /api/members/development/{id:guid}/steps/{step}",
        "POST /api/members/development/{id:guid}/withdrawal", "POST /api/members/development/{id:guid}/not-adopted",
    ];

    // Affiliation transfers: letters and moves by member managers in scope; decisions on other counties' transfers and
    // the county's overdue setting by the county's organization department only.
    private static readonly string[] TransferReads =
        ["GET /api/members/{id:guid}/affiliations", "GET /api/members/transfers/outgoing", "GET /api/members/transfers/settings"];

    private static readonly string[] TransferWrites =
    [
        "POST /api/members/{id:guid}/transfers/within", "POST /api/members/{id:guid}/transfers/out", "POST /api/members/transfers/in",
        "POST /api/members/transfers/outgoing/{transferId:guid}/cancel",
    ];

    private static readonly string[] TransferCountyDecisions =
    [
        "GET /api/members/transfers/incoming", "POST /api/members/transfers/incoming/{transferId:guid}/accept",
        "POST /api/members/transfers/incoming/{transferId:guid}/reject", "PUT /api/members/transfers/settings",
    ];
    // Roster: exported by whoever reads member records (IDs masked unless county admin), imported by those who manage them.
    private static readonly string[] RosterReads = ["GET /api/members/export.xlsx"];

    private static readonly string[] RosterWrites = ["POST /api/members/imports/preview", "POST /api/members/imports", "GET /api/members/imports/{importId:guid}"];

    // Ops endpoints: outbox and inbox counts across counties, for the ops team and the platform operator; Ops reads nothing else.
    public static readonly string[] OpsEndpoints =
        ["GET /api/organizations/ops/messaging", "GET /api/members/ops/messaging", "GET /api/reporting/ops/messaging"];

    public static readonly string[] Roles =
    [
        CloudRoles.PlatformAdmin, CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary,
        CloudRoles.Member, CloudRoles.Auditor, CloudRoles.CityViewer, CloudRoles.Ops,
    ];

    private static readonly Dictionary<string, string[]> Allowed = new Dictionary<string, string[]>
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
        [PreviewOrganizationImport] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [ImportOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin],
        [ExportOrganizations] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        [CountyOverview] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        ["GET /api/reporting/statistics"] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        ["GET /api/reporting/statistics.xlsx"] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        ["GET /api/reporting/statistics.csv"] = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor],
        ["GET /api/reporting/city/statistics"] = [CloudRoles.CityViewer],
    }
    .Concat(CountyReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(OrganizationWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin })))
    .Concat(CountyWideWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin })))
    .Concat(MemberReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(MemberWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary })))
    .Concat(MemberRecordReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(MemberRecordWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary })))
    .Concat(MemberSelf.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.Member })))
    .Concat(AccessLog.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.Auditor })))
    .Concat(DevelopmentReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(DevelopmentWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary })))
    .Append(KeyValuePair.Create("PUT /api/members/development/settings", new[] { CloudRoles.CountyAdmin }))
    .Concat(TransferReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(TransferWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary })))
    .Concat(TransferCountyDecisions.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin })))
    .Concat(RosterReads.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor })))
    .Concat(RosterWrites.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary })))
    .Concat(OpsEndpoints.Select(e => KeyValuePair.Create(e, new[] { CloudRoles.PlatformAdmin, CloudRoles.Ops })))
    .ToDictionary();

    public static IEnumerable<string> Endpoints => Allowed.Keys;

    /// <summary>(role, endpoint, allowed): allowed means past authorization (any answer but 401/403, and no 5xx); otherwise 403.</summary>
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
