using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>An OrgAdmin manages the users scoped inside its subtree, as Identity's copy of the tree places them, and nobody else.</summary>
public sealed class OrgAdminUserTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Township_org_admin_manages_users_inside_its_subtree_only()
    {
        var county = await identity.NewCountyAsync();
        var township = await identity.NewOrganizationAsync(county);
        var village = await identity.NewOrganizationAsync(county, township);
        var otherTownship = await identity.NewOrganizationAsync(county);
        var otherVillage = await identity.NewOrganizationAsync(county, otherTownship);
        var inside = await identity.NewUserAsync(county, "dongpo", "secretary-password-1", [CloudRoles.BranchSecretary], village.Id);
        var outside = await identity.NewUserAsync(county, "pingtou", "secretary-password-1", [CloudRoles.BranchSecretary], otherVillage.Id);
        using var admin = identity.Client(TestTokens.Scoped(county, township.Id));

        var listed = (await admin.GetFromJsonAsync<JsonElement[]>("/api/identity/users"))!.Select(u => u.GetProperty("id").GetGuid()).ToList();
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { login = "xipo", displayName = "西坡村书记", password = "secretary-password-1", roles = new[] { CloudRoles.BranchSecretary }, orgScope = village.Id });
        var disableOutside = await admin.PostAsync($"/api/identity/users/{outside}/disable", null);
        var disableInside = await admin.PostAsync($"/api/identity/users/{inside}/disable", null);

        Assert.Equal([inside], listed);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disableOutside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disableInside.StatusCode);
    }

    [Fact]
    public async Task Org_admin_cannot_hand_out_county_roles_or_scopes_outside_its_subtree()
    {
        var county = await identity.NewCountyAsync();
        var township = await identity.NewOrganizationAsync(county);
        var village = await identity.NewOrganizationAsync(county, township);
        var otherTownship = await identity.NewOrganizationAsync(county);
        var target = await identity.NewUserAsync(county, "dongpo", "secretary-password-1", [CloudRoles.BranchSecretary], village.Id);
        using var admin = identity.Client(TestTokens.Scoped(county, township.Id));

        var countyAdmin = await admin.PostAsJsonAsync("/api/identity/users", new { login = "boss", displayName = "越权", password = "long-enough-1", roles = new[] { CloudRoles.CountyAdmin } });
        var elsewhere = await admin.PostAsJsonAsync("/api/identity/users", new { login = "far", displayName = "越界", password = "long-enough-1", roles = new[] { CloudRoles.OrgAdmin }, orgScope = otherTownship.Id });
        var plainMember = await admin.PostAsJsonAsync("/api/identity/users", new { login = "plain", displayName = "党员", password = "long-enough-1", roles = new[] { CloudRoles.Member }, orgScope = village.Id });
        var moveAway = await admin.PutAsJsonAsync($"/api/identity/users/{target}/roles", new { roles = new[] { CloudRoles.BranchSecretary }, orgScope = otherTownship.Id });

        (await countyAdmin.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("roles");
        (await elsewhere.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("orgScope");
        (await plainMember.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("roles");
        (await moveAway.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("orgScope");
        using var countyWide = identity.Client(TestTokens.CountyAdmin(county));
        var users = await countyWide.GetFromJsonAsync<JsonElement[]>("/api/identity/users");
        Assert.DoesNotContain(users!, u => u.GetProperty("login").GetString() is "boss" or "far" or "plain");
    }

    [Fact]
    public async Task Org_admin_without_a_scope_is_refused()
    {
        var county = await identity.NewCountyAsync();
        using var unscoped = identity.Client(TestTokens.For(county, CloudRoles.OrgAdmin));

        Assert.Equal(HttpStatusCode.Forbidden, (await unscoped.GetAsync("/api/identity/users")).StatusCode);
    }
}
