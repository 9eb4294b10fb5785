using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Tests;

/// <summary>5 failed sign-ins lock the account for 15 minutes, even for the right password afterwards.</summary>
public sealed class LockoutTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account()
    {
        var county = await identity.NewCountyAsync();
        await identity.NewUserAsync(county, "clumsy", "clumsy-password-1", [CloudRoles.Member]);

        var descriptions = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await identity.PasswordGrantAsync($"clumsy@{county}", "wrong-password");
            descriptions.Add((await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString()!);
        }

        using var right = await identity.PasswordGrantAsync($"clumsy@{county}", "clumsy-password-1");
        await RefreshTests.AssertInvalidGrantAsync(right);
        var lockedOut = (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString();
        Assert.Contains("15 minutes", lockedOut, StringComparison.Ordinal);
        Assert.All(descriptions.Take(4), d => Assert.DoesNotContain("15 minutes", d, StringComparison.Ordinal));
        Assert.Contains("15 minutes", descriptions[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_says_to_wait_15_minutes_also_for_unknown_logins()
    {
        var county = await identity.NewCountyAsync();
        await identity.NewUserAsync(county, "known", "known-password-1", [CloudRoles.Member]);

        string known = "", unknown = "";
        for (var i = 0; i < 6; i++)
        {
            using var a = new PortalBrowser(identity);
            using var b = new PortalBrowser(identity);
            known = await (await a.SignInAsync(county, "known", "wrong-password")).Content.ReadAsStringAsync();
            unknown = await (await b.SignInAsync(county, "unknown", "wrong-password")).Content.ReadAsStringAsync();
        }

        Assert.Contains("登录失败次数过多，请15分钟后再试", known, StringComparison.Ordinal);
        Assert.Contains("登录失败次数过多，请15分钟后再试", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_password_reset_unlocks_the_account()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "locked", "locked-password-1", [CloudRoles.Member]);
        for (var i = 0; i < 5; i++)
        {
            using var _ = await identity.PasswordGrantAsync($"locked@{county}", "wrong-password");
        }

        using var admin = identity.Client(Cloud.Testing.TestTokens.CountyAdmin(county));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "a-new-password-1" })).StatusCode);

        using var response = await identity.PasswordGrantAsync($"locked@{county}", "a-new-password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
