using Cloud.Members;
using Cloud.Members.Api;
using Cloud.Members.Api.Development;
using Cloud.Members.Api.Search;
using Cloud.Members.Data;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.Migrations;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembersService();

var app = builder.Build();
if (await app.MigrateIfRequestedAsync<MembersDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapMembersApi();
app.MapMemberRecordsApi();
app.MapMobileMembersApi();
app.MapLostContactApi();
app.MapDisciplineApi();
app.MapVotingRightsApi();
app.MapSideStatesApi();
app.MapAccessLogApi();
app.MapDevelopmentApi();
app.MapMemberSearchApi();
app.MapVotersApi();
app.MapTransfersApi();
app.MapMemberImportApi();
app.MapMemberExportApi();
// The service's contract for the portal and other teams: /openapi/v1.json.
app.MapOpenApi().AllowAnonymous(); // a description of the API, no data; the gateway does not route it
await app.RunAsync();
