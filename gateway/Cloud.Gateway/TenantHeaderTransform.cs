using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Tenancy;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Cloud.Gateway;

/// <summary>
/// A client's <c>X-Tenant-Id</c> is never trusted: it is removed, and the gateway sets its own from the token.
/// YARP copies request headers by default and a header transform with a null value removes nothing, hence explicit code.
/// </summary>
public static class TenantHeaderTransform
{
    public const string Header = "X-Tenant-Id";

    public static TransformBuilderContext AddTenantHeader(this TransformBuilderContext context) =>
        context.AddRequestTransform(transform =>
        {
            transform.ProxyRequest.Headers.Remove(Header);
            var tenant = transform.HttpContext.User.FindFirst(CloudClaims.Tenant)?.Value;
            if (transform.HttpContext.User.Identity?.IsAuthenticated == true && CountyCode.IsValid(tenant))
            {
                transform.ProxyRequest.Headers.TryAddWithoutValidation(Header, tenant);
            }

            return ValueTask.CompletedTask;
        });
}
