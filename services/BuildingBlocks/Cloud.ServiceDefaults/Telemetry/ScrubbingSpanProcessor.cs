using System.Diagnostics;
using System.Reflection;
using OpenTelemetry;

namespace Cloud.ServiceDefaults.Telemetry;

/// <summary>
/// Masks national IDs and mobile numbers in a span's name, tags, event attributes and status, and never lets a query
/// string out (<c>url.query</c> dropped, <c>url.full</c> cut at <c>?</c>): search terms are often names.
/// </summary>
public sealed class ScrubbingSpanProcessor : BaseProcessor<Activity>
{
    private static readonly string[] QueryTags = ["url.query", "http.request.query"];
    private static readonly string[] UrlTags = ["url.full", "http.url", "http.target"];

    // An event (e.g. an exception's) keeps its attributes in the runtime's internal list, whose Set is the only way to
    // change one; the unit test fails should a runtime rename it.
    private static readonly MethodInfo SetEventTag =
        typeof(Activity).GetNestedType("TagsLinkedList", BindingFlags.NonPublic)?.GetMethod("Set", BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException("Activity.TagsLinkedList.Set is gone: event attributes cannot be scrubbed.");

    public override void OnEnd(Activity data)
    {
        data.DisplayName = PersonalDataMask.Scrub(data.DisplayName);
        foreach (var tag in QueryTags)
        {
            data.SetTag(tag, null);
        }

        List<KeyValuePair<string, object?>>? changed = null;
        foreach (var (key, value) in data.TagObjects)
        {
            var clean = UrlTags.Contains(key) && value is string url ? WithoutQuery(url) : PersonalDataMask.Scrub(value);
            if (!ReferenceEquals(clean, value))
            {
                (changed ??= []).Add(KeyValuePair.Create(key, clean));
            }
        }

        // Set after the loop: a span's tags cannot change while they are being enumerated.
        foreach (var (key, clean) in changed ?? [])
        {
            data.SetTag(key, clean);
        }

        foreach (var @event in data.Events)
        {
            foreach (var (key, value) in @event.Tags.ToList())
            {
                var clean = PersonalDataMask.Scrub(value);
                if (!Equals(clean, value))
                {
                    SetEventTag.Invoke(@event.Tags, [KeyValuePair.Create(key, clean)]);
                }
            }
        }

        if (data.StatusDescription is { } status)
        {
            data.SetStatus(data.Status, PersonalDataMask.Scrub(status));
        }
    }

    private static string WithoutQuery(string url) => PersonalDataMask.Scrub(url.IndexOf('?', StringComparison.Ordinal) is >= 0 and var at ? url[..at] : url);
}
