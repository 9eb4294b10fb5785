using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Tenancy;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>Request rate, errors and duration per county: ASP.NET Core's own request metric, with the county as its only added tag.</summary>
[Collection(PlatformFixture.Name)]
public sealed class RequestMetricsTests(Platform platform)
{
    // ASP.NET Core's own tags on http.server.request.duration, and ours.
    private static readonly string[] KnownTags =
    [
        "url.scheme", "http.request.method", "network.protocol.version", "http.response.status_code", "http.route", "error.type",
        "aspnetcore.request.is_unhandled", TenantTelemetry.TagName,
    ];

    [Fact]
    public async Task Request_metrics_carry_the_callers_county_and_nothing_of_the_caller()
    {
        var county = Counties.New();
        var subject = $"user-{Guid.NewGuid():N}";
        var requests = new ConcurrentQueue<KeyValuePair<string, object?>[]>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Name: "http.server.request.duration", Meter.Name: "Microsoft.AspNetCore.Hosting" })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => requests.Enqueue(tags.ToArray()));
        listener.Start();
        using var admin = platform.Client(DevelopmentTokens.Create(TestTokens.Identity, subject, county, [CloudRoles.CountyAdmin]));
        using var ops = platform.Client(TestTokens.ForRole(CloudRoles.Ops, county));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/api/organizations/ops/messaging")).StatusCode);

        // The gateway's and the service's measurement of the county's request; the ops request, without a county, as "none".
        var ofCounty = await Eventually.WaitAsync(
            () => Task.FromResult(requests.Where(tags => tags.Contains(new(TenantTelemetry.TagName, county))).ToList()),
            m => m.Count >= 2, TimeSpan.FromSeconds(10), "the gateway and the service measure the county's request");
        Assert.Contains(requests, tags => tags.Contains(new(TenantTelemetry.TagName, TenantTelemetry.NoTenant))
            && tags.Contains(new("http.route", "/api/organizations/ops/messaging")));
        Assert.All(ofCounty, tags =>
        {
            Assert.All(tags, tag => Assert.Contains(tag.Key, KnownTags));
            Assert.DoesNotContain(tags, tag => tag.Value?.ToString()?.Contains(subject, StringComparison.Ordinal) == true);
        });
    }
}
