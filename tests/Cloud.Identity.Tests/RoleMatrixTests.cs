using System.Net;
using System.Net.Http.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>
/// Who may call which Identity admin endpoint, as data: one row per endpoint, one column per role. Later issues add
/// rows (new endpoints) or change cells; the test runs every role × endpoint pair.
/// </summary>
public sealed class RoleMatrixTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    private static readonly string[] Roles =
        [CloudRoles.PlatformAdmin, CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member, CloudRoles.Auditor, CloudRoles.CityViewer, CloudRoles.Ops];

    //                                                    Platform County  OrgAdm  Branch  Member  Auditor City    Ops
    private static readonly (string Endpoint, string Expected)[] Matrix =
    [
        ("GET counties",                                   "2xx      403     403     403     403     403     403     403"),
        ("POST counties",                                  "2xx      403     403     403     403     403     403     403"),
        ("POST counties/{code}/suspend",                   "2xx      403     403     403     403     403     403     403"),
        ("POST counties/{code}/activate",                  "2xx      403     403     403     403     403     403     403"),
        ("POST counties/{code}/admins",                    "2xx      403     403     403     403     403     403     403"),
        ("GET users",                                      "403      2xx     2xx     403     403     403     403     403"),
        ("POST users",                                     "403      2xx     2xx     403     403     403     403     403"),
        ("PUT users/{id}/roles",                           "403      2xx     2xx     403     403     403     403     403"),
        ("POST users/{id}/disable",                        "403      2xx     2xx     403     403     403     403     403"),
        ("POST users/{id}/enable",                         "403      2xx     2xx     403     403     403     403     403"),
        ("POST users/{id}/password",                       "403      2xx     2xx     403     403     403     403     403"),
        ("GET audit",                                      "403      2xx     403     403     403     2xx     403     403"),
        ("POST clients",                                   "2xx      2xx     403     403     403     403     403     403"),
        ("GET ops/messaging",                              "2xx      403     403     403     403     403     403     2xx"),
    ];

    [Fact]
    public void Every_admin_endpoint_identity_maps_has_a_row()
    {
        const string prefix = "/api/identity/";
        var mapped = MappedEndpoints.Under(identity.Host.Services, prefix)
            .Select(e => e.Replace(prefix, string.Empty, StringComparison.Ordinal).Replace(":guid", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, Matrix.Select(row => row.Endpoint).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (endpoint, expected) in Matrix)
        {
            var cells = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Roles.Length, cells.Length);
            for (var i = 0; i < Roles.Length; i++)
            {
                data.Add(Roles[i], endpoint, cells[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Role_may_call_endpoint_only_when_the_matrix_says_so(string role, string endpoint, string expected)
    {
        // A refused call never reaches its handler, so only allowed calls need a real county and user. An OrgAdmin's
        // target is a branch secretary of a village under the OrgAdmin's township, as Identity's tree copy knows them.
        var county = expected == "2xx" ? await identity.NewCountyAsync() : Counties.New();
        var scope = expected == "2xx" && role == CloudRoles.OrgAdmin ? await identity.NewOrganizationAsync(county) : null;
        var village = scope is null ? null : await identity.NewOrganizationAsync(county, scope);
        var user = expected != "2xx" ? Guid.NewGuid()
            : village is null ? await identity.NewUserAsync(county, "target", "target-password-1", [CloudRoles.Member])
            : await identity.NewUserAsync(county, "target", "target-password-1", [CloudRoles.BranchSecretary], village.Id);
        using var client = identity.Client(scope is null ? TestTokens.ForRole(role, county) : TestTokens.Scoped(county, scope.Id));

        using var response = await client.SendAsync(Request(endpoint, county, user, village?.Id));

        var body = await response.Content.ReadAsStringAsync();
        if (expected == "2xx")
        {
            Assert.True(response.IsSuccessStatusCode, $"{role} → {endpoint}: {(int)response.StatusCode} {body}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} → {endpoint}: {(int)response.StatusCode} {body}");
        }
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_401()
    {
        using var client = identity.Client();
        foreach (var (endpoint, _) in Matrix)
        {
            using var response = await client.SendAsync(Request(endpoint, Counties.New(), Guid.NewGuid()));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, endpoint);
        }
    }

    /// <summary>The request for <paramref name="endpoint"/>; with <paramref name="village"/>, roles are those an OrgAdmin hands out there.</summary>
    private static HttpRequestMessage Request(string endpoint, string county, Guid user, Guid? village = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var (newRole, replacingRole) = village is null ? (CloudRoles.Member, CloudRoles.Auditor) : (CloudRoles.BranchSecretary, CloudRoles.OrgAdmin);
        return endpoint switch
        {
            "GET counties" => new(HttpMethod.Get, "/api/identity/counties"),
            "POST counties" => Post("/api/identity/counties", new { code = Counties.New(), name = "矩阵测试县" }),
            "POST counties/{code}/suspend" => Post($"/api/identity/counties/{county}/suspend", null),
            "POST counties/{code}/activate" => Post($"/api/identity/counties/{county}/activate", null),
            "POST counties/{code}/admins" => Post($"/api/identity/counties/{county}/admins", new { login = $"admin-{unique}", displayName = "管理员", password = "admin-password-1" }),
            "GET users" => new(HttpMethod.Get, "/api/identity/users"),
            "POST users" => Post("/api/identity/users", new { login = $"user-{unique}", displayName = "用户", password = "user-password-1", roles = new[] { newRole }, orgScope = village }),
            "PUT users/{id}/roles" => new(HttpMethod.Put, $"/api/identity/users/{user}/roles") { Content = JsonContent.Create(new { roles = new[] { replacingRole }, orgScope = village }) },
            "POST users/{id}/disable" => Post($"/api/identity/users/{user}/disable", null),
            "POST users/{id}/enable" => Post($"/api/identity/users/{user}/enable", null),
            "POST users/{id}/password" => Post($"/api/identity/users/{user}/password", new { password = "another-password-1" }),
            "GET audit" => new(HttpMethod.Get, "/api/identity/audit"),
            "GET ops/messaging" => new(HttpMethod.Get, "/api/identity/ops/messaging"),
            "POST clients" => Post("/api/identity/clients", new { displayName = "矩阵客户端", county }),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Add the request for this endpoint"),
        };
    }

    private static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
}
