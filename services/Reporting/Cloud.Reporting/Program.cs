using Cloud.Persistence.Messaging;
using Cloud.Persistence.Migrations;
using Cloud.Reporting;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingService();

var app = builder.Build();
if (await app.MigrateIfRequestedAsync<ReportingDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapOverviewApi();
app.MapStatisticsApi();
app.MapCityStatisticsApi();
await app.RunAsync();
