using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Cloud.SystemTests;

/// <summary>Spans ended in this process, from every host's tracer (each sees all, so they are keyed by span id).</summary>
public sealed class SpanCollector
{
    private readonly ConcurrentDictionary<ActivitySpanId, Activity> _spans = new();

    public void Export(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new Sink(_spans)));

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) =>
        _spans.Values.Where(a => a.TraceId == traceId).OrderBy(a => a.StartTimeUtc).ToList();

    private sealed class Sink(ConcurrentDictionary<ActivitySpanId, Activity> spans) : ICollection<Activity>
    {
        public int Count => spans.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => spans.TryAdd(item.SpanId, item);

        public void Clear() => spans.Clear();

        public bool Contains(Activity item) => spans.ContainsKey(item.SpanId);

        public void CopyTo(Activity[] array, int arrayIndex) => spans.Values.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => spans.TryRemove(item.SpanId, out _);

        public IEnumerator<Activity> GetEnumerator() => spans.Values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
