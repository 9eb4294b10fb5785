using System.Diagnostics;
using Cloud.Contracts;
using Cloud.Persistence.Messaging;
using Cloud.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cloud.Persistence.Inbox;

/// <summary>
/// Makes every consumer idempotent: records (consumer, message id) in the inbox in the same transaction as the
/// consumer's effect and any events it raises; a redelivered event does nothing the second time.
/// Takes the county from the message, so row-level security applies to the consumer's work.
/// </summary>
public sealed class InboxFilter<TMessage>(CloudDbContext db, MessagingMetrics metrics, ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.Message is not IIntegrationEvent @event)
        {
            await next.Send(context);
            return;
        }

        db.Tenant.Set(@event.TenantId);
        for (var span = Activity.Current?.Parent; span is not null && span.Source == Activity.Current!.Source; span = span.Parent)
        {
            TenantTelemetry.Tag(span, @event.TenantId); // the receive span around this consume
        }

        db.ChangeTracker.Clear(); // a retry starts from a clean unit of work
        var consumer = ConsumerName(context);

        try
        {
            var outcome = await ConsumeOnceAsync(context, next, @event, consumer);
            metrics.Count(consumer, outcome, @event.TenantId);
        }
        catch
        {
            metrics.Count(consumer, MessagingMetrics.Failed, @event.TenantId); // each failed attempt; retries count again
            throw;
        }
    }

    private async Task<string> ConsumeOnceAsync(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next, IIntegrationEvent @event, string consumer)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox (tenant_id, consumer, message_id, received_at) VALUES ({@event.TenantId}, {consumer}, {@event.EventId}, now()) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (inserted == 0)
        {
            logger.LogInformation("Skipping {EventType} {EventId} already processed by {Consumer}", typeof(TMessage).Name, @event.EventId, consumer);
            // Handled (the first delivery did the work): otherwise the transport counts it unconsumed and moves every
            // duplicate to the queue's _skipped queue, where they pile up unread.
            await context.NotifyConsumed(context, TimeSpan.Zero, consumer);
            return MessagingMetrics.Duplicate;
        }

        await next.Send(context);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MessagingMetrics.Consumed;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    // One receive endpoint per consumer and service: its queue name plus the message type names the consumer.
    private static string ConsumerName(ConsumeContext context) =>
        $"{context.ReceiveContext.InputAddress.AbsolutePath.Trim('/')}:{typeof(TMessage).Name}";
}
