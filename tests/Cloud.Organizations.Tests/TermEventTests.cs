using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Every leadership write puts exactly its events into the outbox, with member ids and no names, and they reach the bus.</summary>
public sealed class TermEventTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private static readonly string[] Types =
    [
        nameof(TermStarted), nameof(TermExtended), nameof(TermClosed), nameof(PositionAssigned), nameof(PositionEnded),
        nameof(SecretaryVacancyOpened), nameof(SecretaryVacancyFilled),
    ];

    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Each_leadership_write_raises_its_events_once()
    {
        await using var listener = await TestBus<TermStarted>.StartAsync(TestEnvironment.AmqpUrl);
        var branch = await _county.RegisterAsync("县统计局机关党支部", "Branch", domain: "GovernmentOrgan");
        var (first, commissioner, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var elected = await StepAsync(
            () => _county.ElectAsync(branch, Today.AddYears(-3).AddMonths(-1), (first, "Secretary"), (commissioner, "OrganizationCommissioner")),
            new() { [nameof(TermStarted)] = 1, [nameof(PositionAssigned)] = 2, [nameof(SecretaryVacancyFilled)] = 1 });
        var term = elected.GetProperty("term");
        var plannedEnd = DateOnly.Parse(term.GetProperty("plannedEndOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await StepAsync(
            async () => await _county.Http.PostAsJsonAsync($"/api/organizations/{branch}/terms/{term.GetProperty("id").GetGuid()}/extension", new
            {
                extendedUntil = LeadershipTestClient.Date(plannedEnd.AddMonths(6)),
                approvedOn = LeadershipTestClient.Date(Today.AddDays(-20)),
                approvalDocNo = "县直组字〔2026〕2号",
            }),
            new() { [nameof(TermExtended)] = 1 });
        var secretaryPosition = elected.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("role").GetString() == "Secretary").GetProperty("id").GetGuid();
        await StepAsync(() => _county.EndAsync(branch, secretaryPosition, Today.AddDays(-10)),
            new() { [nameof(PositionEnded)] = 1, [nameof(SecretaryVacancyOpened)] = 1 });
        await StepAsync(() => _county.AssignAsync(branch, second, "Secretary", Today.AddDays(-5)),
            new() { [nameof(PositionAssigned)] = 1, [nameof(SecretaryVacancyFilled)] = 1 });
        await StepAsync(() => _county.ElectAsync(branch, Today, (third, "Secretary")),
            new() { [nameof(TermClosed)] = 1, [nameof(PositionEnded)] = 2, [nameof(TermStarted)] = 1, [nameof(PositionAssigned)] = 1 });

        var payloads = await PayloadsAsync();
        Assert.All(payloads, p => Assert.DoesNotContain("机关党支部", p, StringComparison.Ordinal));
        Assert.Contains(payloads, p => p.Contains(third.ToString(), StringComparison.Ordinal));
        var started = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == _county.County).Select(m => m.Message).ToList()),
            list => list.Count == 2, OrganizationsRows.Delivery, "both TermStarted events are published");
        Assert.Equal([1, 2], started.Select(m => m.TermNumber).Order());
    }

    private async Task<T> StepAsync<T>(Func<Task<T>> write, Dictionary<string, int> expected)
    {
        var before = await CountsAsync();
        var result = await write();
        var after = await CountsAsync();
        foreach (var type in Types)
        {
            Assert.True(expected.GetValueOrDefault(type) == after[type] - before[type], $"{type}: expected {expected.GetValueOrDefault(type)}, got {after[type] - before[type]}");
        }

        return result;
    }

    private async Task<Dictionary<string, int>> CountsAsync()
    {
        var counts = new Dictionary<string, int>();
        foreach (var type in Types)
        {
            counts[type] = await _county.CountAsync($"outbox WHERE type = 'Cloud.Contracts.Organizations.{type}'");
        }

        return counts;
    }

    private async Task<List<string>> PayloadsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestEnvironment.ConnectionString(Data.OrganizationsDbContext.DatabaseName, "owner"));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT set_config('app.tenant_id', @county, false); SELECT payload::text FROM outbox WHERE type <> 'Cloud.Contracts.Organizations.OrganizationRegistered'", connection);
        command.Parameters.AddWithValue("county", _county.County);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var payloads = new List<string>();
        while (await reader.ReadAsync())
        {
            payloads.Add(reader.GetString(0));
        }

        return payloads;
    }
}
