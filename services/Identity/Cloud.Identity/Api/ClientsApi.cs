using System.Security.Claims;
using System.Security.Cryptography;
using Cloud.Identity.Accounts;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Api;

/// <summary>Machine clients (client credentials), bound to one county or one city; the secret is returned once.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/identity/clients", CreateClient).RequireAuthorization(IdentityPolicies.ClientCreator);
        return app;
    }

    public static async Task<Results<Created<ClientCreatedResponse>, ValidationProblem>> CreateClient(
        CreateClientRequest request, ClaimsPrincipal caller, IdentityDbContext db, IOpenIddictApplicationManager applications,
        AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var byPlatform = caller.FindFirst(CloudClaims.Tenant) is null;
        var validation = request.Validate(byPlatform);
        if (validation.IsValid && byPlatform && request.County is { Length: > 0 } named
            && !await db.Counties.AnyAsync(c => c.Code == named.Trim(), cancellationToken))
        {
            validation.Add("county", "该区县尚未开通");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        // A county admin's client is for the county of the token, whatever the body says.
        var county = byPlatform ? request.County?.Trim() : db.Tenant.TenantId;
        var client = county is not null
            ? MachineClient.ForCounty(request.DisplayName!, county, caller.Id(), clock.GetUtcNow())
            : MachineClient.ForCity(request.DisplayName!, request.City!.Trim(), caller.Id(), clock.GetUtcNow());
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

        db.Tenant.Set(county ?? Realm.Platform);
        db.MachineClients.Add(client);
        audit.Record(AuditAction.ClientCreated, caller.Id(), caller.Name(), client.ClientId);
        // Creating the application saves the unit of work: client row, audit record and application together.
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        }, cancellationToken);

        return TypedResults.Created($"/api/identity/clients/{client.ClientId}",
            new ClientCreatedResponse(client.ClientId, secret, client.DisplayName, client.County, client.City));
    }
}
