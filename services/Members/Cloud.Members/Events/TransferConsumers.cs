using MassTransit;

namespace Cloud.Members.Events;

public static class TransferConsumers
{
    /// <summary>Both sides of transfers between counties (one service, every county: each message names its county).</summary>
    public static IBusRegistrationConfigurator AddAffiliationTransfers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<IncomingTransferConsumer>();
        bus.AddConsumer<OutgoingTransferConsumer>();
        bus.AddConsumer<TenantProvisionedConsumer>();
        return bus;
    }
}
