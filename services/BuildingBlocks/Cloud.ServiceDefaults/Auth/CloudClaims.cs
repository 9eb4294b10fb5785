namespace Cloud.ServiceDefaults.Auth;

/// <summary>Claim types and role names of architecture.md §1 and §4.</summary>
public static class CloudClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Tenant = "tenant";
    public const string City = "city";
    public const string OrgScope = "org_scope";

    /// <summary>On a <c>Member</c> user: the id of their own party member record in the Members service.</summary>
    public const string MemberId = "member_id";
}

public static class CloudRoles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string CountyAdmin = nameof(CountyAdmin);
    public const string OrgAdmin = nameof(OrgAdmin);
    public const string BranchSecretary = nameof(BranchSecretary);
    public const string Member = nameof(Member);
    public const string Auditor = nameof(Auditor);
    public const string CityViewer = nameof(CityViewer);
    public const string Ops = nameof(Ops);
}
