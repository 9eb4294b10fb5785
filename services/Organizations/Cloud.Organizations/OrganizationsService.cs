using Cloud.Organizations.Data;
using Cloud.Organizations.Events;
using Cloud.Persistence;
using Cloud.Persistence.Messaging;

namespace Cloud.Organizations;

/// <summary>Wiring of the Organizations service; also the marker type tests host it by.</summary>
public static class OrganizationsService
{
    public static IHostApplicationBuilder AddOrganizationsService(this IHostApplicationBuilder builder)
    {
        builder.AddCloudPersistence<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        builder.AddCloudMessaging(bus => bus.AddConsumer<TenantProvisionedConsumer>());
        return builder;
    }
}
