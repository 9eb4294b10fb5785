using Cloud.Persistence;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.OrganizationTree;
using Cloud.Reporting.Data;
using Cloud.Reporting.Events;

namespace Cloud.Reporting;

/// <summary>Wiring of the Reporting service; also the marker type tests host it by.</summary>
public static class ReportingService
{
    public static IHostApplicationBuilder AddReportingService(this IHostApplicationBuilder builder)
    {
        builder.AddCloudPersistence<ReportingDbContext>(ReportingDbContext.DatabaseName);
        builder.AddCloudMessaging(bus =>
        {
            bus.AddOrganizationTreeCopy();
            bus.AddConsumer<OrganizationMembershipCountedConsumer>();
            bus.AddConsumer<OrganizationHistoryConsumer>();
            bus.AddConsumer<MemberHistoryConsumer>();
            bus.AddConsumer<DevelopmentHistoryConsumer>();
            bus.AddConsumer<LeadershipHistoryConsumer>();
            bus.AddConsumer<TenantProvisionedConsumer>();
        });
        return builder;
    }
}
