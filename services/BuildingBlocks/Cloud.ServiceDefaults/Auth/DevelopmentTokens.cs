using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.ServiceDefaults.Auth;

/// <summary>
/// Tokens signed with the development key, for the demo seed and tests until the Identity service issues real ones.
/// </summary>
public static class DevelopmentTokens
{
    public static string NewSigningKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static SymmetricSecurityKey KeyFrom(string base64) => new(Convert.FromBase64String(base64));

    public static string Create(
        CloudIdentityOptions options,
        string subject,
        string? tenant,
        IEnumerable<string> roles,
        TimeSpan? lifetime = null,
        DateTime? notBefore = null,
        IEnumerable<Claim>? extraClaims = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.SigningKey);

        var claims = new List<Claim> { new(CloudClaims.Subject, subject) };
        if (tenant is not null)
        {
            claims.Add(new Claim(CloudClaims.Tenant, tenant));
        }

        claims.AddRange(roles.Select(r => new Claim(CloudClaims.Role, r)));
        claims.AddRange(extraClaims ?? []);

        var start = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Authority,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = start,
            IssuedAt = start,
            Expires = start.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(KeyFrom(options.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
