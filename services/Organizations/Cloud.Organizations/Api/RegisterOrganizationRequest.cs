using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

public sealed record RegisterOrganizationRequest(string? Name, string? Type, Guid? ParentId)
{
    public Validation Validate(out OrganizationType type)
    {
        var validation = new Validation().Require("name", Name, "组织名称", Organization.MaxNameLength);
        if (!Enum.TryParse(Type, ignoreCase: false, out type) || !Enum.IsDefined(type) || int.TryParse(Type, out _))
        {
            validation.Add("type", $"组织类型必须是 {string.Join(" / ", Enum.GetNames<OrganizationType>())} 之一");
        }

        return validation;
    }
}
