using Cloud.Organizations;
using Cloud.Organizations.Api;
using Cloud.Organizations.Data;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.Migrations;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddOrganizationsService();

var app = builder.Build();
if (await app.MigrateIfRequestedAsync<OrganizationsDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapOrganizationsApi();
app.MapTreeApi();
app.MapUnitsApi();
app.MapRatingsApi();
app.MapLeadershipApi();
app.MapAdvisoriesApi();
app.MapImportApi();
app.MapExportApi();
// The service's contract for the portal and other teams: /openapi/v1.json.
app.MapOpenApi().AllowAnonymous(); // a description of the API, no data; the gateway does not route it
await app.RunAsync();
