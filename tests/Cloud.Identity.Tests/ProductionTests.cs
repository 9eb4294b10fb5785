using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Cloud.Identity.Data;
using Cloud.Testing;

namespace Cloud.Identity.Tests;

/// <summary>Outside Development and Testing the password grant does not exist and a signing key must be configured.</summary>
public sealed class ProductionTests
{
    [Fact]
    public async Task The_password_grant_is_refused_in_production()
    {
        await TestDatabases.MigrateAsync<IdentityDbContext>(IdentityDbContext.DatabaseName);
        using var rsa = RSA.Create(2048);
        var settings = IdentityHost.Settings("Production");
        settings["Identity:SigningKeyPem"] = rsa.ExportPkcs8PrivateKeyPem();
        settings["Identity:AllowHttp"] = "true";
        await using var host = new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, settings).Start();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "cloud-portal",
            ["username"] = "platform",
            ["password"] = IdentityHost.PlatformPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public void Without_a_signing_key_production_does_not_start()
    {
        var settings = IdentityHost.Settings("Production");
        using var host = new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, settings);

        var error = Assert.ThrowsAny<Exception>(() => host.Start());
        Assert.Contains("Identity__SigningKeyPem", error.ToString(), StringComparison.Ordinal);
    }
}
