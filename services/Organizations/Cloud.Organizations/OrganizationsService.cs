using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Events;
using Cloud.Persistence;
using Cloud.Persistence.Messaging;
using Cloud.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cloud.Organizations;

/// <summary>Wiring of the Organizations service; also the marker type tests host it by.</summary>
public static class OrganizationsService
{
    public static IHostApplicationBuilder AddOrganizationsService(this IHostApplicationBuilder builder)
    {
        builder.AddCloudPersistence<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        builder.Services.Replace(ServiceDescriptor.Scoped<IOrganizationScope, OrganizationTreeScope>());
        builder.AddCloudMessaging(bus => bus.AddConsumer<TenantProvisionedConsumer>());
        builder.Services.AddHostedService<TemporaryBranchExpiry>();
        return builder;
    }
}
