using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>
/// Registers an organization; <c>kind</c> (branches only), <c>domain</c>, <c>township</c>, <c>status</c> (Proposed or Active),
/// <c>establishedOn</c> (default today) and <c>temporaryTaskEndsOn</c> (temporary branches only) are optional.
/// </summary>
public sealed record RegisterOrganizationRequest(
    string? Name, string? Type, Guid? ParentId, string? Kind = null, string? Domain = null, string? Township = null, string? Status = null,
    DateOnly? EstablishedOn = null, DateOnly? TemporaryTaskEndsOn = null)
{
    // The county committee is created when the county is provisioned, never by hand.
    private static readonly OrganizationType[] Registrable = [.. Enum.GetValues<OrganizationType>().Where(t => t != OrganizationType.CountyCommittee)];

    public Validation Validate(out Parsed parsed)
    {
        var validation = new Validation().Require("name", Name, "组织名称", Organization.MaxNameLength);
        parsed = new Parsed();
        var typeIsValid = TryParse(Type, out OrganizationType type) && Registrable.Contains(type);
        if (!typeIsValid)
        {
            validation.Add("type", $"组织类型必须是 {string.Join(" / ", Registrable)} 之一");
        }

        BranchKind? kind = null;
        if (Kind is not null)
        {
            if (!TryParse(Kind, out BranchKind parsedKind))
            {
                validation.Add("kind", $"支部类型必须是 {string.Join(" / ", Enum.GetNames<BranchKind>())} 之一");
            }
            else if (typeIsValid && type != OrganizationType.Branch)
            {
                validation.Add("kind", "只有党支部可以指定支部类型");
            }

            kind = parsedKind;
        }

        OrganizationDomain? domain = null;
        if (Domain is not null)
        {
            if (!TryParse(Domain, out OrganizationDomain parsedDomain))
            {
                validation.Add("domain", $"组织领域必须是 {string.Join(" / ", Enum.GetNames<OrganizationDomain>())} 之一");
            }

            domain = parsedDomain;
        }

        if (Township is { Length: > Organization.MaxTownshipLength })
        {
            validation.Add("township", $"所属乡镇不能超过{Organization.MaxTownshipLength}个字符");
        }

        var proposed = false;
        if (Status is not null)
        {
            if (Status is not (nameof(OrganizationStatus.Proposed) or nameof(OrganizationStatus.Active)))
            {
                validation.Add("status", "新登记组织的状态只能是 Proposed / Active");
            }

            proposed = Status == nameof(OrganizationStatus.Proposed);
        }

        if (TemporaryTaskEndsOn is { } endsOn)
        {
            if (kind != BranchKind.Temporary)
            {
                validation.Add("temporaryTaskEndsOn", "只有临时党支部可以指定任务结束日期");
            }
            else if (EstablishedOn is { } establishedOn && endsOn < establishedOn)
            {
                validation.Add("temporaryTaskEndsOn", "任务结束日期不能早于成立日期");
            }
        }

        parsed = new Parsed(type, kind, domain, proposed);
        return validation;
    }

    // Names only: "1" or "Branch, GeneralBranch" are not names.
    private static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && Enum.GetNames<TEnum>().Contains(value);

    public readonly record struct Parsed(OrganizationType Type, BranchKind? Kind, OrganizationDomain? Domain, bool Proposed);
}
