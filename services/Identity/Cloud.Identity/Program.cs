using Cloud.Identity;
using Cloud.Identity.Data;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.Migrations;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityService();

var app = builder.Build();
if (await app.MigrateIfRequestedAsync<IdentityDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapIdentityApi();
await app.RunAsync();
