using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>A Member user is linked to their own party member record; the Members service reads it from <c>member_id</c>.</summary>
public sealed class MemberLinkTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_member_user_linked_to_a_record_carries_member_id_in_the_token()
    {
        var county = await identity.NewCountyAsync();
        var memberId = Guid.NewGuid();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { login = "dangyuan", displayName = "党员甲", password = "member-password-1", roles = new[] { CloudRoles.Member }, memberId });
        var jwt = Jwt.Read((await identity.TokenAsync($"dangyuan@{county}", "member-password-1")).AccessToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(memberId, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("memberId").GetGuid());
        Assert.Equal(memberId.ToString(), jwt.Claim(CloudClaims.MemberId));
    }

    [Fact]
    public async Task A_member_id_on_a_user_without_the_member_role_is_refused()
    {
        var county = await identity.NewCountyAsync();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { login = "shenji", displayName = "审计甲", password = "auditor-password-1", roles = new[] { CloudRoles.Auditor }, memberId = Guid.NewGuid() });

        (await created.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("memberId");
    }

    [Fact]
    public async Task Changing_roles_links_the_record_later_and_dropping_the_member_role_unlinks_it()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "later", "later-password-1", [CloudRoles.Member]);
        var memberId = Guid.NewGuid();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));
        var before = Jwt.Read((await identity.TokenAsync($"later@{county}", "later-password-1")).AccessToken);

        var linked = await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { CloudRoles.Member }, memberId });
        var after = Jwt.Read((await identity.TokenAsync($"later@{county}", "later-password-1")).AccessToken);
        var unlinked = await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { CloudRoles.Auditor } });
        var last = Jwt.Read((await identity.TokenAsync($"later@{county}", "later-password-1")).AccessToken);

        Assert.Null(before.Claim(CloudClaims.MemberId));
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(memberId.ToString(), after.Claim(CloudClaims.MemberId));
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Null(last.Claim(CloudClaims.MemberId));
    }
}
