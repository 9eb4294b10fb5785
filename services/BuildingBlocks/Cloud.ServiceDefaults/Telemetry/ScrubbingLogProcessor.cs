using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Cloud.ServiceDefaults.Telemetry;

/// <summary>Masks national IDs and mobile numbers in a log record's formatted message, body and attributes before export.</summary>
public sealed class ScrubbingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.FormattedMessage is { } message)
        {
            data.FormattedMessage = PersonalDataMask.Scrub(message);
        }

        if (data.Body is { } body)
        {
            data.Body = PersonalDataMask.Scrub(body);
        }

        if (data.Attributes is { } attributes)
        {
            data.Attributes = [.. attributes.Select(a => KeyValuePair.Create(a.Key, PersonalDataMask.Scrub(a.Value)))];
        }
    }
}
