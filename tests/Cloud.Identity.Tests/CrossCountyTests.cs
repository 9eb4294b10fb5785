using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Identity.Data;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Identity.Tests;

/// <summary>Nobody manages the users of another county: the county comes from the token, and other counties' rows are invisible.</summary>
public sealed class CrossCountyTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    private static readonly string[] TenantTables = ["users", "audit_records", "outbox", "inbox"];

    [Fact]
    public async Task A_county_admin_cannot_read_disable_reset_or_change_users_of_another_county()
    {
        var a = await identity.NewCountyAsync();
        var b = await identity.NewCountyAsync();
        var userOfB = await identity.NewUserAsync(b, "member", "member-password-1", [CloudRoles.Member]);
        var adminOfA = identity.Client((await identity.TokenAsync($"admin@{a}", IdentityHost.AdminPassword)).AccessToken);

        var users = await adminOfA.GetFromJsonAsync<JsonElement>("/api/identity/users");
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("id").GetGuid() == userOfB);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.PostAsync($"/api/identity/users/{userOfB}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.PostAsJsonAsync($"/api/identity/users/{userOfB}/password", new { password = "hijacked-password" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.PutAsJsonAsync($"/api/identity/users/{userOfB}/roles", new { roles = new[] { CloudRoles.CountyAdmin } })).StatusCode);

        using var stillWorks = await identity.PasswordGrantAsync($"member@{b}", "member-password-1");
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal([CloudRoles.Member], Jwt.Read(TokenResponse.Parse(await stillWorks.Content.ReadAsStringAsync()).AccessToken).ClaimsOf("role"));
    }

    [Fact]
    public async Task A_county_admin_cannot_create_a_user_in_another_county()
    {
        var a = await identity.NewCountyAsync();
        var b = await identity.NewCountyAsync();
        using var adminOfA = identity.Client(TestTokens.CountyAdmin(a));

        var created = await adminOfA.PostAsJsonAsync("/api/identity/users",
            new { login = "intruder", displayName = "外县用户", password = "intruder-password", roles = new[] { CloudRoles.Member }, county = b, tenantId = b });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var adminOfB = identity.Client(TestTokens.CountyAdmin(b));
        var usersOfB = await adminOfB.GetFromJsonAsync<JsonElement>("/api/identity/users");
        Assert.DoesNotContain(usersOfB.EnumerateArray(), u => u.GetProperty("login").GetString() == "intruder");
        using var signIn = await identity.PasswordGrantAsync($"intruder@{b}", "intruder-password");
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        using var signInA = await identity.PasswordGrantAsync($"intruder@{a}", "intruder-password");
        Assert.Equal(HttpStatusCode.OK, signInA.StatusCode);
    }

    [Fact]
    public async Task A_county_admin_cannot_grant_platform_roles()
    {
        var county = await identity.NewCountyAsync();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var response = await admin.PostAsJsonAsync("/api/identity/users",
            new { login = "usurper", displayName = "越权", password = "usurper-password", roles = new[] { CloudRoles.PlatformAdmin } });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("roles");
    }

    [Fact]
    public async Task Users_and_audit_records_have_forced_row_level_security()
    {
        await using var owner = new NpgsqlConnection(TestEnvironment.ConnectionString(IdentityDbContext.DatabaseName, "owner"));
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_class WHERE relname = ANY(@tables) AND relrowsecurity AND relforcerowsecurity", owner);
        command.Parameters.AddWithValue("tables", TenantTables);
        var secured = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            secured.Add(reader.GetString(0));
        }

        Assert.Equal(["audit_records", "inbox", "outbox", "users"], secured.Order(StringComparer.Ordinal));
    }
}
