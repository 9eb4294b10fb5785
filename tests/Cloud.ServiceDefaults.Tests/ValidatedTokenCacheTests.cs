using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.ServiceDefaults.Tests;

public sealed class ValidatedTokenCacheTests : IDisposable
{
    private readonly ValidatedTokenCache _handler = new() { MapInboundClaims = false };

    private static TokenValidationParameters Parameters => new()
    {
        ValidIssuer = TestTokens.Identity.Authority,
        ValidAudience = TestTokens.Identity.Audience,
        IssuerSigningKey = DevelopmentTokens.KeyFrom(TestTokens.Identity.SigningKey!),
        ClockSkew = TimeSpan.Zero,
    };

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task A_token_seen_valid_is_valid_again_and_every_caller_gets_its_own_identity()
    {
        var token = TestTokens.CountyAdmin("610304");

        var first = await _handler.ValidateTokenAsync(token, Parameters);
        first.ClaimsIdentity.AddClaim(new Claim("added-by-a-request", "x"));
        var second = await _handler.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Null(second.ClaimsIdentity.FindFirst("added-by-a-request"));
        Assert.Equal("610304", second.ClaimsIdentity.FindFirst(CloudClaims.Tenant)?.Value);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_stays_invalid_every_time()
    {
        var forged = DevelopmentTokens.Create(
            new CloudIdentityOptions { Authority = TestTokens.Identity.Authority, Audience = TestTokens.Identity.Audience, SigningKey = DevelopmentTokens.NewSigningKey() },
            "intruder", "610304", [CloudRoles.CountyAdmin]);

        Assert.False((await _handler.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.False((await _handler.ValidateTokenAsync(forged, Parameters)).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_expires()
    {
        var token = DevelopmentTokens.Create(TestTokens.Identity, "short-lived", "610304", [CloudRoles.CountyAdmin],
            lifetime: TimeSpan.FromSeconds(62), notBefore: DateTime.UtcNow.AddMinutes(-1));
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters)).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(3));

        var later = await _handler.ValidateTokenAsync(token, Parameters);
        Assert.False(later.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(later.Exception);
    }
}
