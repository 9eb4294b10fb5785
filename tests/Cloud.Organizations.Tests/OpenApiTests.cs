using System.Net.Http.Json;
using System.Text.Json;

namespace Cloud.Organizations.Tests;

public sealed class OpenApiTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    [Fact]
    public async Task The_service_publishes_its_openapi_document()
    {
        using var client = organizations.Host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/organizations", paths);
        Assert.Contains("/api/organizations/{id}/subtree", paths);
        Assert.Contains("组织服务", document.GetProperty("info").GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
