namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// O3: a joint branch covers at most five units (《中国共产党支部工作条例（试行）》 第二章); its host unit, if any, counts among them.
/// Only joint branches cover units; any other organization has one host unit.
/// </summary>
public static class JointBranchCoversAtMostFiveUnits
{
    public const int MaxUnits = 5;

    /// <summary>Null when <paramref name="organization"/> may cover <paramref name="coveredUnitIds"/> besides its host unit.</summary>
    public static RuleViolation? Check(Organization organization, IReadOnlyCollection<Guid> coveredUnitIds, Guid? hostUnitId)
    {
        if (coveredUnitIds.Count == 0)
        {
            return null;
        }

        if (organization.Kind != BranchKind.Joint)
        {
            return new("unitIds", "只有联合党支部可以覆盖多个单位，其他组织只登记一个所在单位");
        }

        var units = coveredUnitIds.Append(hostUnitId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().Count();
        return units > MaxUnits ? new("unitIds", $"联合党支部覆盖的单位一般不超过{MaxUnits}个（含所在单位），当前为{units}个") : null;
    }
}
