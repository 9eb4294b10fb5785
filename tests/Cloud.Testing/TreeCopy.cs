using Cloud.Persistence;
using Cloud.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Testing;

/// <summary>What a service's copy of the organization tree knows, asked through the service's own org-scope check.</summary>
public static class TreeCopy
{
    public static async Task<bool> ContainsAsync(IServiceProvider services, string county, Guid scope, Guid organization)
    {
        using var unit = services.CreateScope();
        unit.ServiceProvider.GetRequiredService<CloudDbContext>().Tenant.Set(county);
        return await unit.ServiceProvider.GetRequiredService<IOrganizationScope>().ContainsAsync(scope, organization, CancellationToken.None);
    }

    /// <summary>Waits until the service's copy has the organization (each is within its own scope once it has arrived).</summary>
    public static Task WaitUntilKnownAsync(IServiceProvider services, string county, Guid organization, TimeSpan timeout) =>
        Eventually.WaitAsync(() => ContainsAsync(services, county, organization, organization), known => known, timeout, $"organization {organization} reaches the service's tree copy");
}
