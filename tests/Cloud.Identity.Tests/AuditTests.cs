using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>Sign-ins, failed sign-ins and every admin change leave a record in the county's audit trail.</summary>
public sealed class AuditTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Sign_ins_failed_sign_ins_and_admin_changes_are_recorded()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "audited", "audited-password-1", [CloudRoles.Member]);
        await identity.TokenAsync($"audited@{county}", "audited-password-1");
        using (await identity.PasswordGrantAsync($"audited@{county}", "wrong-password"))
        {
        }

        var admin = identity.Client(TestTokens.CountyAdmin(county));
        await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { CloudRoles.Auditor } });
        await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "another-password-1" });
        await admin.PostAsync($"/api/identity/users/{id}/disable", null);

        var audit = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/audit")).EnumerateArray().ToList();
        var actions = audit.Select(a => a.GetProperty("action").GetString()).ToList();
        foreach (var expected in new[] { "CountyOnboarded", "UserCreated", "SignIn", "SignInFailed", "RolesChanged", "PasswordReset", "UserDisabled" })
        {
            Assert.Contains(expected, actions);
        }

        var signIn = audit.First(a => a.GetProperty("action").GetString() == "SignIn");
        Assert.Equal("audited", signIn.GetProperty("actorName").GetString());
        Assert.Equal(id.ToString(), signIn.GetProperty("actorId").GetString());
        Assert.False(string.IsNullOrEmpty(signIn.GetProperty("clientIp").GetString()));
        Assert.DoesNotContain(audit, a => a.ToString().Contains("audited-password-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_auditor_of_the_county_reads_the_trail_of_that_county_only()
    {
        var county = await identity.NewCountyAsync();
        var other = await identity.NewCountyAsync();
        using var auditor = identity.Client(TestTokens.For(county, CloudRoles.Auditor));

        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/identity/audit");

        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("target").GetString() == county);
        Assert.DoesNotContain(audit.EnumerateArray(), a => a.GetProperty("target").GetString() == other);
    }
}
