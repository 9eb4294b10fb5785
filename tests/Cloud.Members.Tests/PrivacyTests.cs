using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cloud.Members.Tests;

/// <summary>The Members service with every log line and span captured, at Debug level.</summary>
public sealed class CapturingMembersHost : IAsyncLifetime
{
    public CapturedTelemetry Telemetry { get; } = new();

    public MembersHost Members { get; } = new();

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
        Members.Use(new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName, new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
                ["Logging:LogLevel:MassTransit"] = "Debug",
            })
            .WithServices(services => services.AddSingleton<ILoggerProvider>(Telemetry))
            .Start());
    }

    public async Task DisposeAsync()
    {
        await Members.DisposeAsync();
        Telemetry.Dispose();
    }
}

/// <summary>The national ID, the name and the phone appear in no log line, no span and no published event (architecture.md §7).</summary>
public sealed class PrivacyTests(CapturingMembersHost host) : IClassFixture<CapturingMembersHost>
{
    [Fact]
    public async Task Register_read_and_update_leave_no_personal_data_in_logs_spans_or_events()
    {
        await using var county = await RecordsCounty.CreateAsync(host.Members);
        await using var registered = await TestBus<MemberRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        await using var changed = await TestBus<MemberFactsChanged>.StartAsync(TestEnvironment.AmqpUrl);
        await using var status = await TestBus<MemberStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);
        var firstId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var correctedId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        const string Name = "欧阳明远";
        const string Phone = "13912345678";
        var request = county.Request(firstId) with { Name = Name, Phone = Phone, Ethnicity = "壮族" };
        using var admin = county.Admin();

        var id = await county.RegisterAsync(request);
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        var updated = await admin.PutAsJsonAsync($"/api/members/{id}", request with { NationalId = correctedId, Education = "Postgraduate", Ethnicity = "汉族" });
        var bySecretary = await county.Secretary("secretary-privacy").GetAsync($"/api/members/{id}");
        var own = await county.Member(id).GetFromJsonAsync<JsonElement>("/api/members/me");
        var refused = await admin.PutAsJsonAsync($"/api/members/{id}", request with { NationalId = TestNationalIds.WithBadCheckDigit(correctedId) });
        var left = await admin.PostAsJsonAsync($"/api/members/{id}/state", new { state = "Deceased", decidedOn = RecordsCounty.Today, decidedBy = "南街社区党支部" });
        var events = await Eventually.WaitAsync(
            () => Task.FromResult(registered.Received.Where(e => e.Message.MemberId == id).Select(e => (object)e.Message)
                .Concat(changed.Received.Where(e => e.Message.MemberId == id).Select(e => (object)e.Message))
                .Concat(status.Received.Where(e => e.Message.MemberId == id).Select(e => (object)e.Message)).ToList()),
            e => e.Count >= 3, TimeSpan.FromSeconds(15), "registration, change and status are published");
        // The last request's server span ends just after its response: wait until it is captured.
        await Eventually.WaitAsync(() => Task.FromResult(host.Telemetry.Spans.Count(s => s.Contains($"/api/members/{id}/state", StringComparison.Ordinal))), n => n > 0, TimeSpan.FromSeconds(10), "the last request's span ends");

        Assert.Equal(correctedId, own.GetProperty("nationalId").GetString()); // the data really went through
        Assert.Equal(Name, read.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        var logs = string.Join("\n", host.Telemetry.LogLines);
        var spans = string.Join("\n", host.Telemetry.Spans);
        var published = string.Join("\n", events.Select(e => JsonSerializer.Serialize(e, e.GetType())));
        Assert.Contains(id.ToString(), spans); // the capture sees the requests
        Assert.Contains("Executed DbCommand", logs); // and the SQL the service ran
        foreach (var secret in new[] { firstId, correctedId, firstId[..17], correctedId[..17], Name, Phone })
        {
            Assert.DoesNotContain(secret, logs);
            Assert.DoesNotContain(secret, spans);
            Assert.DoesNotContain(secret, published);
        }
    }
}
