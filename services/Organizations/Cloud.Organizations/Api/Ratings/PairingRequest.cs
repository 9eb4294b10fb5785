using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>Pairs the organization in the route (the strong one) with <c>weakOrganizationId</c> from <c>startOn</c>.</summary>
public sealed record PairingRequest(Guid? WeakOrganizationId, DateOnly? StartOn, DateOnly? EndOn = null)
{
    public Validation Validate(Guid strongOrganizationId)
    {
        var validation = new Validation();
        if (WeakOrganizationId is not { } weak)
        {
            validation.Add("weakOrganizationId", "被帮扶组织不能为空");
        }
        else if (PairingRules.PairingWithItselfIsRefused(strongOrganizationId, weak) is { } itself)
        {
            validation.Add(itself.Field, itself.Message);
        }

        if (StartOn is not { } start)
        {
            validation.Add("startOn", "开始日期不能为空");
        }
        else if (PairingRules.EndsAfterStart(start, EndOn) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        return validation;
    }
}
