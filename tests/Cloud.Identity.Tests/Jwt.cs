using Microsoft.IdentityModel.JsonWebTokens;

namespace Cloud.Identity.Tests;

/// <summary>Reads a token's claims without validating it (the tests check what Identity wrote).</summary>
public static class Jwt
{
    public static JsonWebToken Read(string token) => new JsonWebTokenHandler().ReadJsonWebToken(token);

    public static string? Claim(this JsonWebToken token, string type) => token.Claims.FirstOrDefault(c => c.Type == type)?.Value;

    public static string[] ClaimsOf(this JsonWebToken token, string type) => [.. token.Claims.Where(c => c.Type == type).Select(c => c.Value)];
}
