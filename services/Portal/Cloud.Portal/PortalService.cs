using System.Globalization;
using Cloud.Portal.Api;
using Cloud.Portal.Auth;
using Cloud.Portal.Components;
using Cloud.ServiceDefaults;
using MudBlazor;
using MudBlazor.Services;

namespace Cloud.Portal;

/// <summary>
/// The Portal's wiring: Blazor (interactive server) with MudBlazor in zh-CN, sign-in through Identity with code + PKCE,
/// tokens kept server-side, and one client of the gateway that carries the signed-in user's token. No database.
/// </summary>
public static class PortalService
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Built but not published (the AppHost, tests in any environment): serve MudBlazor's and our assets from the build's
        // manifest. A published Portal has no such manifest and serves wwwroot, so this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        builder.AddServiceBasics();
        builder.AddPortalAuthentication();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            options.SnackbarConfiguration.ShowCloseIcon = true;
        });
        builder.Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        builder.Services.AddGatewayApi(builder.Configuration);
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseGatewayForwardedHeaders();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDefaultEndpoints();
        app.MapStaticAssets();
        app.MapSignOut();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
        return app;
    }
}
