using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Cloud.ServiceDefaults.Tenancy;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.SystemTests;

/// <summary>
/// The messaging metrics as the ops dashboard gets them: consumer outcomes per consumer and county, and the outbox lag.
/// Read with a listener of our own: in one test process the hosts' same-named meters share the SDK's streams.
/// </summary>
[Collection(PlatformFixture.Name)]
public sealed class MessagingMetricsTests(Platform platform)
{
    [Fact]
    public async Task Consumers_count_what_they_consumed_per_county_and_the_relay_reports_its_lag()
    {
        var county = Counties.New();
        var consumed = new ConcurrentQueue<KeyValuePair<string, object?>[]>();
        var lag = new ConcurrentDictionary<string, double>();
        var organizationsMeters = platform.Hosts["organizations"].Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "cloud.consumer.messages" || (instrument.Name.StartsWith("cloud.outbox.", StringComparison.Ordinal) && instrument.Meter.Scope == organizationsMeters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "cloud.consumer.messages")
            {
                consumed.Enqueue(tags.ToArray());
            }
            else
            {
                lag[instrument.Name] = value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => lag[instrument.Name] = value);
        listener.Start();
        using var admin = platform.Client(TestTokens.CountyAdmin(county));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/organizations", new { name = "中共指标测试支部委员会", type = "Branch" })).StatusCode);

        // Reporting's (and the others') tree copies consume the event under the county.
        var counted = await Eventually.WaitAsync(
            () => Task.FromResult(consumed.Where(t => t.Contains(new(TenantTelemetry.TagName, county))).ToList()),
            c => c.Any(t => t.Contains(new("outcome", "consumed")) && t.Any(tag => tag is { Key: "consumer", Value: string name } && name.StartsWith("reporting-", StringComparison.Ordinal))),
            EndToEndTests.Propagation, "Reporting's consumer counts the county's event");
        Assert.All(counted, tags => Assert.Equal([TenantTelemetry.TagName, "consumer", "outcome"], tags.Select(t => t.Key).Order(StringComparer.Ordinal)));
        await Eventually.WaitAsync(
            () => { listener.RecordObservableInstruments(); return Task.FromResult(lag.Keys.Order(StringComparer.Ordinal).ToList()); },
            keys => keys.SequenceEqual(["cloud.outbox.oldest_unsent_age", "cloud.outbox.unsent"]), TimeSpan.FromSeconds(15), "the relay has read its lag");
    }
}
