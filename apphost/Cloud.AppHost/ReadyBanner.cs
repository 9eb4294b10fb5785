using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cloud.AppHost;

/// <summary>
/// Once the demo seed has finished: every resource's state as the dashboard shows it, and where everything is, in
/// one block at the end of the console ("Cloud is ready" only when every resource is healthy or finished well).
/// </summary>
public sealed class ReadyBanner(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    CloudSettings settings,
    DashboardAccess dashboard,
    ILogger<ReadyBanner> logger) : BackgroundService
{
    public const string SeedResource = "demo-seed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await notifications.WaitForResourceAsync(SeedResource, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), stoppingToken);
        var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var states = model.Resources.Where(r => r is ExecutableResource or ProjectResource).Select(r => State(r.Name)).OfType<(bool Well, string Text)>().ToList();
        var unwell = states.Where(s => !s.Well).Select(s => s.Text).ToList();
        var gateway = settings.GatewayOrigin;
        logger.LogInformation(
            """
            {Outcome} ({Elapsed} s). Ctrl+C stops everything.
              resources:  {States}
              portal:     {Gateway}/   (the web application; sign in with 区县代码 610304, 用户名 admin; passwords in {Passwords})
              gateway:    {Gateway}/api/…, {Gateway}/connect/…
              dashboard:  {DashboardLogin}
              token:      {TokenFile} (the county admin's, 15 minutes)
            """,
            unwell.Count == 0 ? "Cloud is ready, every resource healthy" : $"Cloud started, but not every resource is well: {string.Join(", ", unwell)}",
            elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            string.Join(", ", states.Select(s => s.Text)),
            gateway,
            settings.DataPath("passwords"),
            gateway,
            gateway,
            dashboard.LoginUrl,
            settings.DataPath("demo-token"));
    }

    /// <summary>A service is well when running and healthy; a one-shot step (migration, seed) when it exited with 0. Null for the dashboard itself.</summary>
    private (bool Well, string Text)? State(string resource)
    {
        if (!notifications.TryGetCurrentState(resource, out var current))
        {
            return (false, $"{resource} unknown");
        }

        if (current.Snapshot.IsHidden)
        {
            return null;
        }

        var snapshot = current.Snapshot;
        return snapshot.State?.Text switch
        {
            "Running" when snapshot.HealthStatus is HealthStatus.Healthy => (true, $"{resource} healthy"),
            "Finished" or "Exited" when snapshot.ExitCode == 0 => (true, $"{resource} done"),
            var state => (false, $"{resource} {state?.ToLowerInvariant()}{(snapshot.ExitCode is { } code ? $" (exit {code})" : "")}{(snapshot.HealthStatus is { } health && state == "Running" ? $" ({health.ToString().ToLowerInvariant()})" : "")}"),
        };
    }
}
