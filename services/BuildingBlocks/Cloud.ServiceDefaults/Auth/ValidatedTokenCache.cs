using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.ServiceDefaults.Auth;

/// <summary>
/// The JWT handler with a memory of the tokens it has already validated. A signed-in user sends the same access token
/// with every call until it expires, and parsing the token and checking its signature was the largest part of what the
/// gateway adds to a request (a profile of the gateway-hop benchmark, infra/bench.sh gateway). A token's claims cannot
/// change without its signature changing, so a token seen valid stays valid until its own expiry: the cache keeps it at
/// most until then (and never longer than <see cref="MaxAge"/>, so a signing key taken out of the metadata stops being
/// honoured within that time). Invalid tokens are never remembered. Each caller gets its own copy of the identity.
/// </summary>
public sealed class ValidatedTokenCache : JsonWebTokenHandler, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Bounds the memory: one entry per live token; beyond this, new tokens are validated but not remembered.</summary>
    public const int Capacity = 20_000;

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = DateTimeOffset.UtcNow;
        if (_validated.TryGetValue(token, out TokenValidationResult? seen) && seen!.SecurityToken.ValidTo > now.UtcDateTime)
        {
            return Copy(seen);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var expires } && expires > now.UtcDateTime)
        {
            var until = new DateTimeOffset(DateTime.SpecifyKind(expires, DateTimeKind.Utc));
            _validated.Set(token, result, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpiration = until < now + MaxAge ? until : now + MaxAge,
            });
            return Copy(result);
        }

        return result;
    }

    public void Dispose() => _validated.Dispose();

    // The handler hands the identity to the request's principal, where code may add claims: never share one.
    private static TokenValidationResult Copy(TokenValidationResult valid) => new()
    {
        IsValid = true,
        SecurityToken = valid.SecurityToken,
        ClaimsIdentity = valid.ClaimsIdentity.Clone(),
        Issuer = valid.Issuer,
        TokenType = valid.TokenType,
        TokenContext = valid.TokenContext,
    };
}
