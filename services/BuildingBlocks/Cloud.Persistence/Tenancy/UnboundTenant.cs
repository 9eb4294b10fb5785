using Cloud.ServiceDefaults.Tenancy;

namespace Cloud.Persistence.Tenancy;

/// <summary>
/// The county of a context no unit of work has rented (in the pool, or built by hand for migrations): none, and none can
/// be set on it, so a county never lands on a holder that outlives its scope.
/// </summary>
public sealed class UnboundTenant : ITenantContext
{
    public static readonly UnboundTenant Instance = new();

    private UnboundTenant()
    {
    }

    public string? TenantId => null;

    public void Set(string tenantId) =>
        throw new InvalidOperationException("This DbContext serves no unit of work: resolve it from the request's or message's scope.");
}
