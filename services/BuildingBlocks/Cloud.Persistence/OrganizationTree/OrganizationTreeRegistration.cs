using Cloud.ServiceDefaults.Auth;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cloud.Persistence.OrganizationTree;

public static class OrganizationTreeRegistration
{
    /// <summary>
    /// Keeps a copy of the organization tree from the Organizations events (map it with
    /// <see cref="OrganizationTreeModel.HasOrganizationTreeCopy"/>) and answers org-scope checks from it.
    /// Use inside <c>AddCloudMessaging(bus => bus.AddOrganizationTreeCopy())</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddOrganizationTreeCopy(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OrganizationTreeConsumer>();
        bus.Replace(ServiceDescriptor.Scoped<IOrganizationScope, OrganizationTreeCopyScope>());
        return bus;
    }
}
