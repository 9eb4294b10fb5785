using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Cloud.ServiceDefaults.Telemetry;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cloud.ServiceDefaults;

public static class Extensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    private const string LiveTag = "live";

    /// <summary>Telemetry, health, discovery, resilience, problem details, authentication and the tenant context.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        // Resilience first, then discovery (AddServiceBasics), in the order Aspire's template adds the two handlers.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        builder.AddServiceBasics();
        builder.Services.AddCloudProblemDetails();
        builder.Services.AddScoped<ITenantContext, TenantContext>();
        builder.AddCloudAuthentication();
        builder.AddRequestLimits();
        return builder;
    }

    /// <summary>
    /// What every process shares, the Portal included: telemetry, health checks and service discovery. The API services add
    /// resilience, problem details, bearer authentication and the tenant context on top (<see cref="AddServiceDefaults"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceBasics(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        return builder;
    }

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            logging.AddProcessor(new ScrubbingLogProcessor());
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(CloudTelemetry.Meters))
            .WithTracing(tracing => tracing
                .AddProcessor(new TenantSpanProcessor())
                .AddProcessor(new ScrubbingSpanProcessor())
                .AddSource(CloudTelemetry.TraceSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments(HealthPath) && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The request pipeline every service shares: problem details, authentication, county, authorization.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseGatewayForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// Behind the gateway: the client's address, scheme and host are the gateway's last X-Forwarded-* entry (audit "from
    /// where", secure cookies, the Portal's sign-in redirect). The gateway itself, at the edge, turns this off.
    /// </summary>
    public static WebApplication UseGatewayForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", true))
        {
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
                ForwardLimit = 1,
            };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        return app;
    }

    /// <summary><c>/health</c>: ready (database and broker reachable); <c>/alive</c>: the process is up.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
