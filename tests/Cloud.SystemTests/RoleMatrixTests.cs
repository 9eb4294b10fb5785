using System.Net;
using System.Net.Http.Json;
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
        var path = endpoint.Split(' ')[1].Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.Contains("/imports", StringComparison.Ordinal))
        {
            // An organization list: a scoped role's made-up scope organization does not exist, so its import is refused with 422.
            request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes($"组织名称,组织类型\n{role}测试支部,党支部\n")), "file", "list.csv" } };
        }
        else if (method == "POST")
        {
            request.Content = JsonContent.Create(new { name = $"{role}测试支部", type = "Branch" });
        }

        var response = await client.SendAsync(request);

        if (allowed)
        {
            Assert.True(response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity,
                $"{role} {endpoint}: expected to pass authorization, got {(int)response.StatusCode}");
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
