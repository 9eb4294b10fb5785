using Cloud.Gateway;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddConfigFilter<ServiceDestinations>()
    .AddTransforms(context => context.AddTenantHeader());

var app = builder.Build();
app.UseMiddleware<RequestSizeLimit>();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapReverseProxy(proxy => proxy.Use(ForwarderErrors.MapToProblems));
await app.RunAsync();
