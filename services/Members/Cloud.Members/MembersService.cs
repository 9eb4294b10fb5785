using Cloud.Members.Data;
using Cloud.Members.Events;
using Cloud.Members.Security;
using Cloud.Persistence;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.OrganizationTree;

namespace Cloud.Members;

/// <summary>Wiring of the Members service.</summary>
public static class MembersService
{
    public static IHostApplicationBuilder AddMembersService(this IHostApplicationBuilder builder)
    {
        builder.AddCloudPersistence<MembersDbContext>(MembersDbContext.DatabaseName);
        builder.AddNationalIdProtection();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "党建云 · 党员服务 (Cloud.Members)";
            document.Info.Description = "党员信息（身份证号加密保存）、发展党员、组织关系转接、流动党员、花名册导入导出与查询。";
            return Task.CompletedTask;
        }));
        builder.AddCloudMessaging(bus =>
        {
            bus.AddOrganizationTreeCopy();
            bus.AddConsumer<CandidateTrainingCompletedConsumer>();
            bus.AddAffiliationTransfers();
        });
        return builder;
    }
}
