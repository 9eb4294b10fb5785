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
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "党建云 · 组织服务 (Cloud.Organizations)";
            document.Info.Description = "县域党组织树、届次与选举、班子成员与书记空缺、所在单位与覆盖率、评星定级与表彰、导入导出。";
            return Task.CompletedTask;
        }));
        builder.Services.Replace(ServiceDescriptor.Scoped<IOrganizationScope, OrganizationTreeScope>());
        builder.AddCloudMessaging(bus =>
        {
            bus.AddConsumer<TenantProvisionedConsumer>();
            bus.AddConsumer<OrganizationMembershipCountedConsumer>();
            bus.AddConsumer<UnitMembershipCountedConsumer>();
        });
        builder.Services.AddHostedService<TemporaryBranchExpiry>();
        return builder;
    }
}
