using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cloud.SystemTests;

/// <summary>
/// Everything a host would export (spans, log records, metric points), as text, after the host's own processors: the
/// same place an OTLP exporter sits. Keyed by host; every host's tracer and meter see the whole process, its logger only itself.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _spans = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _logs = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _metrics = new();

    public Action<IServiceCollection> For(string host) => services =>
    {
        services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SpanText(Of(_spans, host))));
        services.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(new LogText(Of(_logs, host))));
        services.ConfigureOpenTelemetryMeterProvider(m => m.AddReader(new BaseExportingMetricReader(new MetricText(Of(_metrics, host)))));
    };

    public IReadOnlyCollection<string> Spans(string host) => Of(_spans, host);

    public IReadOnlyCollection<string> Logs(string host) => Of(_logs, host);

    /// <summary>The host's metric points as of now (its meter provider flushed first).</summary>
    public IReadOnlyCollection<string> Metrics(string host, IServiceProvider services)
    {
        Of(_metrics, host).Clear();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return Of(_metrics, host);
    }

    private static ConcurrentQueue<string> Of(ConcurrentDictionary<string, ConcurrentQueue<string>> all, string host) => all.GetOrAdd(host, _ => new());

    private sealed class SpanText(ConcurrentQueue<string> sink) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            var text = new StringBuilder($"{data.Source.Name} {data.DisplayName} status={data.Status} {data.StatusDescription}");
            foreach (var (key, value) in data.TagObjects)
            {
                text.Append(CultureInfo.InvariantCulture, $" | {key}={value}");
            }

            foreach (var @event in data.Events)
            {
                text.Append(CultureInfo.InvariantCulture, $" | event {@event.Name}").AppendJoin(' ', @event.Tags.Select(t => $"{t.Key}={t.Value}"));
            }

            sink.Enqueue(text.ToString());
        }
    }

    private sealed class LogText(ConcurrentQueue<string> sink) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            var text = new StringBuilder($"{data.CategoryName} {data.LogLevel} {data.FormattedMessage} | body={data.Body}");
            foreach (var (key, value) in data.Attributes ?? [])
            {
                text.Append(CultureInfo.InvariantCulture, $" | {key}={value}");
            }

            data.ForEachScope((scope, builder) =>
            {
                foreach (var (key, value) in scope)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" | scope {key}={value}");
                }
            }, text);
            text.Append(CultureInfo.InvariantCulture, $" | exception={data.Exception}");
            sink.Enqueue(text.ToString());
        }
    }

    private sealed class MetricText(ConcurrentQueue<string> sink) : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var text = new StringBuilder(metric.Name);
                    foreach (var (key, value) in point.Tags)
                    {
                        text.Append(CultureInfo.InvariantCulture, $" | {key}={value}");
                    }

                    sink.Enqueue(text.ToString());
                }
            }

            return ExportResult.Success;
        }
    }
}
