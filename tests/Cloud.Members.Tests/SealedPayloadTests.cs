using System.Security.Cryptography;
using System.Text;
using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Members.Tests;

public sealed class SealedPayloadTests(MembersHost members) : IClassFixture<MembersHost>
{
    [Fact]
    public void A_sealed_payload_opens_only_in_its_own_context()
    {
        var protector = members.Services.GetRequiredService<NationalIdProtector>();
        var plain = Encoding.UTF8.GetBytes("{\"name\":\"王建华\"}");

        var sealedPayload = protector.Seal(plain, "transfer-record:1:610304");

        Assert.Equal(plain, protector.Unseal(sealedPayload, "transfer-record:1:610304"));
        Assert.DoesNotContain("王建华", Encoding.UTF8.GetString(sealedPayload.Ciphertext));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unseal(sealedPayload, "transfer-record:1:431023"));
        var tampered = sealedPayload.Ciphertext.ToArray();
        tampered[20] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unseal(sealedPayload with { Ciphertext = tampered }, "transfer-record:1:610304"));
    }

    [Fact]
    public void A_message_to_another_county_must_name_that_county_and_ordinary_publishing_still_refuses_other_counties()
    {
        using var scope = members.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set("610304");
        AffiliationTransferCancelled To(string county) => new(county, Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "610304");

        Assert.Throws<InvalidOperationException>(() => db.Publish(To("431023")));
        Assert.Throws<InvalidOperationException>(() => db.PublishToCounty("431023", To("610305")));
        Assert.Throws<InvalidOperationException>(() => db.PublishToCounty("610304", To("610304")));
        db.PublishToCounty("431023", To("431023"));
        Assert.Equal("610304", db.ChangeTracker.Entries().Single().Property("TenantId").CurrentValue);
    }
}
