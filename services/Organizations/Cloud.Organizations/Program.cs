using Cloud.Organizations;
using Cloud.Organizations.Api;
using Cloud.Organizations.Data;
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
app.MapOrganizationsApi();
app.MapImportApi();
app.MapExportApi();
await app.RunAsync();
