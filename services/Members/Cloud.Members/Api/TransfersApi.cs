using Cloud.ServiceDefaults.Auth;

namespace Cloud.Members.Api;

/// <summary>
/// Affiliation transfers (组织关系转接, M28): within the county, out to another county on Cloud or an outside
/// organization, in from either. Decisions on transfers from other counties belong to the county's CountyAdmin only.
/// </summary>
public static class TransfersApi
{
    public const int DefaultPage = 100;
    public const int MaxPage = 500;

    public static IEndpointRouteBuilder MapTransfersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").RequireAuthorization(CloudPolicies.CountyUser);
        members.MapPost("/{id:guid}/transfers/within", WithinCountyTransfersApi.Transfer).RequireAuthorization(CloudPolicies.CanManageMembers);
        members.MapPost("/{id:guid}/transfers/out", OutgoingTransfersApi.Issue).RequireAuthorization(CloudPolicies.CanManageMembers);
        members.MapGet("/{id:guid}/affiliations", WithinCountyTransfersApi.History).RequireAuthorization(CloudPolicies.CanReadCounty);

        var transfers = members.MapGroup("/transfers");
        transfers.MapPost("/in", TransfersInApi.FromOutside).RequireAuthorization(CloudPolicies.CanManageMembers);
        transfers.MapGet("/outgoing", OutgoingTransfersApi.List).RequireAuthorization(CloudPolicies.CanReadCounty);
        transfers.MapPost("/outgoing/{transferId:guid}/cancel", OutgoingTransfersApi.Cancel).RequireAuthorization(CloudPolicies.CanManageMembers);

        var incoming = transfers.MapGroup("/incoming").RequireAuthorization(policy => policy.RequireRole(CloudRoles.CountyAdmin));
        incoming.MapGet("/", IncomingTransfersApi.List);
        incoming.MapPost("/{transferId:guid}/accept", IncomingTransfersApi.Accept);
        incoming.MapPost("/{transferId:guid}/reject", IncomingTransfersApi.Reject);

        transfers.MapGet("/settings", TransferSettingsApi.Get).RequireAuthorization(CloudPolicies.CanReadCounty);
        transfers.MapPut("/settings", TransferSettingsApi.Change).RequireAuthorization(policy => policy.RequireRole(CloudRoles.CountyAdmin));
        return app;
    }
}
