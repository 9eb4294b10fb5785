using Cloud.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
await app.RunAsync();
