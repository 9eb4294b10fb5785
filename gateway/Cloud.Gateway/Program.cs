using Cloud.Gateway;
using Cloud.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddConfigFilter<ServiceDestinations>()
    .AddTransforms(context => context.AddTenantHeader());
builder.Services.AddCountyRateLimits(builder.Configuration);

var app = builder.Build();
app.UseMiddleware<RequestSizeLimit>();
app.UseServiceDefaults();
app.UseRateLimiter(); // after authentication: the bucket is the token's county
app.MapDefaultEndpoints();
app.MapReverseProxy(proxy => proxy.Use(ForwarderErrors.MapToProblems));
await app.RunAsync();
