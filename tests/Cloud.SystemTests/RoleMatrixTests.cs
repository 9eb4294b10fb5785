using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text;
using Cloud.Testing;

namespace Cloud.SystemTests;

[Collection(PlatformFixture.Name)]
public sealed class RoleMatrixTests(Platform platform)
{
    [Theory]
    [MemberData(nameof(RoleMatrix.Rows), MemberType = typeof(RoleMatrix))]
    public async Task Each_role_gets_exactly_its_endpoints(string role, string endpoint, bool allowed)
    {
        using var client = platform.Client(TestTokens.ForRole(role, Counties.New()));
        var method = endpoint.Split(' ')[0];
        // Any id is a new one (unknown: 404 past authorization); a year is last year.
        var path = Regex.Replace(endpoint.Split(' ')[1], @"\{\w+:guid\}", _ => Guid.NewGuid().ToString());
        path = Regex.Replace(path, @"\{\w+:int\}", _ => (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture));
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.Contains("/imports", StringComparison.Ordinal))
        {
            // An organization list: a scoped role's made-up scope organization does not exist, so its import is refused with 422.
            request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes($"组织名称,组织类型\n{role}测试支部,党支部\n")), "file", "list.csv" } };
        }
        else if (method is "POST" or "PUT")
        {
            // Valid for registering an organization and a host unit; other writes find their unknown organization first.
            request.Content = JsonContent.Create(new { name = $"{role}测试支部", type = "Branch", category = "Other" });
        }

        var response = await client.SendAsync(request);

        if (allowed)
        {
            // Past authorization, the handler answers for itself: 2xx, 404 for the made-up id, or 400/409 for a body
            // meant for another endpoint (or a scope that contains nothing) — never 401/403, never a 5xx.
            var status = (int)response.StatusCode;
            Assert.True(status is not (401 or 403) && status < 500, $"{role} {endpoint}: expected to pass authorization, got {status}");
        }
        else
        {
            await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public void Every_business_endpoint_of_the_services_has_rows()
    {
        var mapped = platform.Services
            .SelectMany(services => MappedEndpoints.Under(services, "/api/"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, RoleMatrix.Endpoints.Order(StringComparer.Ordinal));
    }
}
