using System.Diagnostics;
using Cloud.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Cloud.ServiceDefaults.Tests;

/// <summary>The scrubbing processors: the second line of defence that keeps ID and phone numbers out of exported telemetry.</summary>
public sealed class ScrubbingTests : IDisposable
{
    private const string NationalId = "610304199003081234";
    private const string NationalIdWithX = "61030419900308123X";
    private const string OldNationalId = "610304900308123";
    private const string Mobile = "13912345678";

    private readonly ActivitySource _source = new($"scrub-test-{Guid.NewGuid():N}");
    private readonly ActivityListener _listener;

    public ScrubbingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s == _source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Theory]
    [InlineData(NationalId)]
    [InlineData(NationalIdWithX)]
    [InlineData("61030419900308123x")]
    public void An_18_digit_national_id_is_masked_in_span_name_tags_events_and_status(string id)
    {
        var span = Scrubbed(a =>
        {
            a.DisplayName = $"lookup {id}";
            a.SetTag("db.query.text", $"SELECT 1 WHERE national_id = '{id}'");
            a.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection { ["exception.message"] = $"duplicate {id}" }));
            a.SetStatus(ActivityStatusCode.Error, $"bad {id}");
        });

        Assert.Equal($"lookup {PersonalDataMask.Mask}", span.DisplayName);
        Assert.Equal($"SELECT 1 WHERE national_id = '{PersonalDataMask.Mask}'", span.GetTagItem("db.query.text"));
        Assert.Equal($"duplicate {PersonalDataMask.Mask}", span.Events.Single().Tags.Single().Value);
        Assert.Equal($"bad {PersonalDataMask.Mask}", span.StatusDescription);
    }

    [Fact]
    public void A_15_digit_old_national_id_is_masked() =>
        Assert.Equal($"id {PersonalDataMask.Mask}", Scrubbed(a => a.SetTag("note", $"id {OldNationalId}")).GetTagItem("note"));

    [Theory]
    [InlineData(Mobile)]
    [InlineData("+8615012345678")]
    public void A_mainland_mobile_number_is_masked(string phone) =>
        Assert.Equal($"call {PersonalDataMask.Mask}", Scrubbed(a => a.SetTag("note", $"call {phone}")).GetTagItem("note"));

    [Theory]
    [InlineData("610304")] // a county code is the bounded tag we want
    [InlineData("3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("638712345678901234")] // 18 digits that are no birth date (ticks, counters)
    [InlineData("12345678901")] // 11 digits that are no mobile number
    public void What_is_no_id_or_phone_stays(string value) =>
        Assert.Equal(value, Scrubbed(a => a.SetTag("note", value)).GetTagItem("note"));

    [Fact]
    public void Query_strings_are_never_recorded()
    {
        var span = Scrubbed(a => a
            .SetTag("url.query", "?name=王建华")
            .SetTag("url.full", "http://members/api/members/search?name=王建华")
            .SetTag("url.path", "/api/members/search"));

        Assert.Null(span.GetTagItem("url.query"));
        Assert.Equal("http://members/api/members/search", span.GetTagItem("url.full"));
        Assert.Equal("/api/members/search", span.GetTagItem("url.path"));
    }

    [Fact]
    public void A_log_record_is_masked_in_message_and_attributes()
    {
        var texts = new List<string>();
        using (var factory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(o =>
               {
                   o.IncludeFormattedMessage = true;
                   o.AddProcessor(new ScrubbingLogProcessor());
                   o.AddProcessor(new CaptureLogs(texts));
               })))
        {
            factory.CreateLogger("test").LogWarning("Member {NationalId} called from {Phone}", NationalId, Mobile);
        }

        var text = Assert.Single(texts);
        Assert.DoesNotContain(NationalId, text);
        Assert.DoesNotContain(Mobile, text);
        Assert.Contains($"Member {PersonalDataMask.Mask} called from {PersonalDataMask.Mask}", text);
        Assert.Contains($"NationalId={PersonalDataMask.Mask}", text);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _source.Dispose();
    }

    private Activity Scrubbed(Action<Activity> record)
    {
        var span = _source.StartActivity("span")!;
        record(span);
        span.Stop();
        new ScrubbingSpanProcessor().OnEnd(span);
        return span;
    }

    private sealed class CaptureLogs(List<string> texts) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data) =>
            texts.Add($"{data.FormattedMessage} | {data.Body} | {string.Join(", ", data.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? [])}");
    }
}
