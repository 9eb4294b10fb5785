using Cloud.Organizations.Api;
using Cloud.Organizations.Domain.Units;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Units;

/// <summary>Registers or changes a host unit; <c>township</c> and <c>employeeCount</c> are optional.</summary>
public sealed record UnitRequest(string? Name, string? Category, string? Township = null, int? EmployeeCount = null)
{
    public Validation Validate(out UnitCategory category)
    {
        var validation = new Validation().Require("name", Name, "单位名称", HostUnit.MaxNameLength);
        if (!EnumNames.TryParse(Category, out category))
        {
            validation.Add("category", $"单位类别必须是 {EnumNames.Names<UnitCategory>()} 之一");
        }

        if (Township is { Length: > HostUnit.MaxTownshipLength })
        {
            validation.Add("township", $"所属乡镇不能超过{HostUnit.MaxTownshipLength}个字符");
        }

        if (EmployeeCount is < 0)
        {
            validation.Add("employeeCount", "职工人数不能为负数");
        }

        return validation;
    }
}
