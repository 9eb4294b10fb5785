using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

public sealed record PairingResponse(
    Guid Id, Guid StrongOrganizationId, string StrongOrganizationName, Guid WeakOrganizationId, string WeakOrganizationName,
    DateOnly StartOn, DateOnly? EndOn)
{
    public static PairingResponse From(PairingAssistance pairing, string strongName, string weakName) =>
        new(pairing.Id, pairing.StrongOrganizationId, strongName, pairing.WeakOrganizationId, weakName, pairing.StartOn, pairing.EndOn);
}
