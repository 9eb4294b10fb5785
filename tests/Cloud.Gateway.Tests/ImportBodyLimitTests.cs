using System.Net;
using System.Net.Http.Headers;
using Cloud.Testing;

namespace Cloud.Gateway.Tests;

/// <summary>The organization-list import may send up to 8 MiB through the gateway; every other route keeps the 1 MiB limit.</summary>
public sealed class ImportBodyLimitTests : EchoedGateway
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task Only_the_import_route_takes_bodies_up_to_8_MiB()
    {
        using var client = Gateway.CreateClient();
        var token = TestTokens.CountyAdmin(Counties.New());

        var import = await PostAsync(client, token, "/api/organizations/imports", 2 * MiB);
        var preview = await PostAsync(client, token, "/api/organizations/imports/preview", 2 * MiB);
        var register = await PostAsync(client, token, "/api/organizations", 2 * MiB);
        var tooLarge = await PostAsync(client, token, "/api/organizations/imports", (8 * MiB) + 1);

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await register.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string path, int bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(new byte[bytes]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Waiting for "100 Continue" lets the client hear a 413 instead of a connection reset mid-body.
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }
}
