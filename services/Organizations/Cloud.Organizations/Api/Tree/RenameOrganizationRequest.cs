using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Tree;

/// <summary>更名: the new name (and short name), effective on <c>effectiveOn</c> (default today).</summary>
public sealed record RenameOrganizationRequest(string? Name, string? ShortName = null, DateOnly? EffectiveOn = null)
{
    public Validation Validate()
    {
        var validation = new Validation().Require("name", Name, "组织名称", Organization.MaxNameLength);
        if (ShortName is { Length: > Organization.MaxShortNameLength })
        {
            validation.Add("shortName", $"简称不能超过{Organization.MaxShortNameLength}个字符");
        }

        return validation;
    }
}
