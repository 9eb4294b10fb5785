using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Accounts;

/// <summary>Who is calling an admin API, for the audit trail.</summary>
public static class Caller
{
    public static string Id(this ClaimsPrincipal user) => user.FindFirst(CloudClaims.Subject)?.Value ?? "unknown";

    public static string Name(this ClaimsPrincipal user) => user.FindFirst(CloudClaims.Name)?.Value ?? user.Id();
}
