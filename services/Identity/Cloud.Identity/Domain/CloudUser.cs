namespace Cloud.Identity.Domain;

/// <summary>
/// A person who signs in, inside one realm (a county or the platform). Logins are unique per realm, so the same
/// login may exist in two counties. Phone is personal data: never logged.
/// </summary>
public sealed class CloudUser
{
    public const int MaxLoginLength = 40;
    public const int MaxDisplayNameLength = 50;
    public const int MaxPhoneLength = 20;

    private CloudUser()
    {
    }

    public Guid Id { get; private set; }

    public string Login { get; set; } = string.Empty;

    /// <summary>The login as ASP.NET Core Identity looks it up (upper case).</summary>
    public string NormalizedLogin { get; set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public UserStatus Status { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>The organization subtree an OrgAdmin or BranchSecretary works in.</summary>
    public Guid? OrgScope { get; private set; }

    /// <summary>A Member's own party member record (Members service id); tokens carry it as <c>member_id</c>.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>4-digit city code of a CityViewer.</summary>
    public string? City { get; private set; }

    public string? PasswordHash { get; set; }

    public string? SecurityStamp { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsActive => Status == UserStatus.Active;

    /// <summary>Letters, digits, '.', '_' and '-', 2 to 40 characters, starting with a letter or digit; never '@'.</summary>
    public static bool IsValidLogin(string? login) =>
        login is { Length: >= 2 and <= MaxLoginLength }
        && char.IsAsciiLetterOrDigit(login[0])
        && login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public static CloudUser Create(string login, string displayName, string? phone, RoleAssignment roles, DateTimeOffset now)
    {
        var user = new CloudUser
        {
            Id = Guid.CreateVersion7(now),
            Login = login.Trim(),
            DisplayName = displayName.Trim(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            Status = UserStatus.Active,
            CreatedAt = now,
        };
        user.Assign(roles);
        return user;
    }

    public void Assign(RoleAssignment roles)
    {
        Roles = roles.Roles;
        OrgScope = roles.OrgScope;
        City = roles.City;
        MemberId = roles.MemberId;
    }

    public void Disable() => Status = UserStatus.Disabled;

    public void Enable()
    {
        Status = UserStatus.Active;
        AccessFailedCount = 0;
        LockoutEnd = null;
    }
}
