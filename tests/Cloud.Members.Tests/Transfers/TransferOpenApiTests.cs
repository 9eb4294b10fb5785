using System.Net.Http.Json;
using System.Text.Json;

namespace Cloud.Members.Tests.Transfers;

public sealed class TransferOpenApiTests(MembersHost members) : IClassFixture<MembersHost>
{
    [Fact]
    public async Task The_transfer_endpoints_are_in_the_openapi_document_with_their_requests()
    {
        using var client = members.Host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/members/{id}/transfers/within", "/api/members/{id}/transfers/out", "/api/members/transfers/incoming", "/api/members/transfers/outgoing", "/api/members/{id}/affiliations" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is documented");
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("TransferLetterRequest", out var letter));
        Assert.True(letter.GetProperty("properties").TryGetProperty("toCounty", out _));
        Assert.False(paths.GetProperty("/api/members/transfers/outgoing").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Any(p => p.GetProperty("name").GetString() is "user" or "db" or "protector" or "clock"), "services are not parameters");
    }
}
