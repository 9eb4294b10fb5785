using Cloud.Persistence.Inbox;
using Cloud.Persistence.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.Persistence.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit 8 over RabbitMQ (<c>ConnectionStrings__messaging</c>), the outbox relay, and the inbox filter on every
    /// consumer. Queues are named for the service (<c>reporting-organization-registered</c>) so two services never
    /// compete for one queue. Publishing and consuming stay behind the relay and the filter, so the bus can be replaced here.
    /// </summary>
    public static IHostApplicationBuilder AddCloudMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("Connection string 'messaging' is missing (ConnectionStrings__messaging)."));
        var prefix = builder.Configuration["Messaging:QueuePrefix"] ?? ServiceName(builder.Environment.ApplicationName);

        var queues = new ReceiveQueues();
        builder.Services.AddSingleton(broker);
        builder.Services.AddSingleton(queues);
        builder.Services.AddSingleton<MessagingMetrics>();
        var queueDepthInterval = builder.Configuration.GetValue("Messaging:QueueDepthInterval", TimeSpan.FromSeconds(15));
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ErrorQueueMonitor>(sp, queueDepthInterval));
        builder.Services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            // Otherwise events published before the consumer's queue is bound are lost (machine-facts).
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, false));
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((queue, _) => queues.Add(queue));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    // The relay marks a row sent only when the broker has confirmed it.
                    host.PublisherConfirmation = true;
                });
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    // "Cloud.Reporting" → "reporting"
    private static string ServiceName(string applicationName) =>
        applicationName.Split('.')[^1].ToLowerInvariant();
}
