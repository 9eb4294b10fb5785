namespace Cloud.Portal.Api.Administration;

/// <summary>POST /api/identity/users.</summary>
public sealed record CreateUserRequest(string? Login, string? DisplayName, string? Phone, string? Password, string[] Roles, Guid? OrgScope, string? City, Guid? MemberId);

/// <summary>PUT /api/identity/users/{id}/roles.</summary>
public sealed record ChangeRolesRequest(string[] Roles, Guid? OrgScope, string? City, Guid? MemberId);

/// <summary>POST /api/identity/users/{id}/password, and the password of POST /api/identity/counties/{code}/admins.</summary>
public sealed record ResetPasswordRequest(string? Password);

/// <summary>POST /api/identity/counties/{code}/admins: a county's first administrator.</summary>
public sealed record CountyAdminRequest(string? Login, string? DisplayName, string? Phone, string? Password);
