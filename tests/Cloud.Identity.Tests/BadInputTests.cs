using System.Net;
using System.Net.Http.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>Bad input is answered with 400 problem+json, a Chinese title and the field at fault.</summary>
public sealed class BadInputTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    public static TheoryData<string, string, string> CountyRequests => new()
    {
        { """{"code":"12345","name":"某县"}""", "code", "five digits" },
        { """{"code":"000000","name":"平台"}""", "code", "the platform realm" },
        { """{"code":"610300","name":"宝鸡市"}""", "code", "a city, not a county" },
        { """{"code":"610304","name":""}""", "name", "no name" },
    };

    [Theory]
    [MemberData(nameof(CountyRequests))]
    public async Task A_bad_county_is_refused(string body, string field, string because)
    {
        using var platform = identity.Platform();

        var response = await platform.PostAsync("/api/identity/counties", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
    }

    public static TheoryData<string, string, string> UserRequests => new()
    {
        { """{"login":"a@b","displayName":"张三","password":"long-enough-1","roles":["Member"]}""", "login", "an @ in the login" },
        { """{"login":"zhangsan","displayName":"","password":"long-enough-1","roles":["Member"]}""", "displayName", "no display name" },
        { """{"login":"zhangsan","displayName":"张三","password":"short-123","roles":["Member"]}""", "password", "9 characters" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":[]}""", "roles", "no role" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":["Chairman"]}""", "roles", "an unknown role" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":["OrgAdmin"]}""", "orgScope", "OrgAdmin without an organization" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":["BranchSecretary"]}""", "orgScope", "BranchSecretary without an organization" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":["CityViewer"]}""", "city", "CityViewer without a city" },
        { """{"login":"zhangsan","displayName":"张三","password":"long-enough-1","roles":["CityViewer"],"city":"1234"}""", "city", "CityViewer of another city" },
        { """{"login":"zhangsan","displayName":"张三","phone":"call me","password":"long-enough-1","roles":["Member"]}""", "phone", "a phone that is not a number" },
    };

    [Theory]
    [MemberData(nameof(UserRequests))]
    public async Task A_bad_user_is_refused(string body, string field, string because)
    {
        var county = await identity.NewCountyAsync();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var response = await admin.PostAsync("/api/identity/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
    }

    [Fact]
    public async Task A_password_shorter_than_10_characters_is_refused_on_reset_too()
    {
        var county = await identity.NewCountyAsync();
        var id = await identity.NewUserAsync(county, "member", "member-password-1", [CloudRoles.Member]);
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var response = await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "123456789" });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("password");
        using var accepted = await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new { password = "1234567890" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_too()
    {
        using var platform = identity.Platform();

        var response = await platform.PostAsync("/api/identity/counties", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_login_taken_in_the_county_is_a_conflict()
    {
        var county = await identity.NewCountyAsync();
        using var admin = identity.Client(TestTokens.CountyAdmin(county));

        var response = await admin.PostAsJsonAsync("/api/identity/users",
            new { login = IdentityHost.AdminLogin, displayName = "重名", password = "long-enough-1", roles = new[] { CloudRoles.Member } });

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_client_must_name_a_county_or_a_city()
    {
        using var platform = identity.Platform();

        var response = await platform.PostAsJsonAsync("/api/identity/clients", new { displayName = "无归属" });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("county");
    }
}
