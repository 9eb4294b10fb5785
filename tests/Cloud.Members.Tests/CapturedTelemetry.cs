using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Cloud.Members.Tests;

/// <summary>
/// Everything a service writes to logs (an <see cref="ILoggerProvider"/>: messages, structured values, scopes,
/// exceptions) and to spans (an <see cref="ActivityListener"/> on every source: names, tags, events, status, baggage), as text.
/// </summary>
public sealed class CapturedTelemetry : ILoggerProvider
{
    private readonly ActivityListener _listener;

    public CapturedTelemetry()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Spans.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentQueue<string> LogLines { get; } = new();

    public ConcurrentQueue<string> Spans { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => _listener.Dispose();

    private static string Describe(Activity a) => string.Join(" | ",
        [
            a.Source.Name, a.OperationName, a.DisplayName, a.StatusDescription ?? string.Empty,
            .. a.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. a.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)),
            .. a.Baggage.Select(b => $"{b.Key}={b.Value}"),
        ]);

    private sealed class Logger(CapturedTelemetry capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            capture.LogLines.Enqueue($"{category} scope: {Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.LogLines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {Values(state)} {exception}");

        private static string Values<TState>(TState state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}
