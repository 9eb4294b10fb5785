using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>
/// Gives a member a post. <c>source</c>: Elected, ByElection or Appointed; <c>termId</c> defaults to the open term for
/// committee posts; <c>sendingUnit</c> for first secretaries and instructors; <c>isDualRole</c> (一肩挑) for village secretaries.
/// </summary>
public sealed record AssignPositionRequest(
    Guid? MemberId, string? Role, string? Source, DateOnly? StartedOn, Guid? TermId = null, bool? IsDualRole = null, bool? HeadsHostUnit = null, string? SendingUnit = null)
{
    public Validation Validate(DateOnly today, out PositionAssignment? assignment)
    {
        var validation = new Validation().RequirePastDate("startedOn", StartedOn, "任职日期", today);
        assignment = null;
        if (MemberId is null || MemberId == Guid.Empty)
        {
            validation.Add("memberId", "请填写党员编号");
        }

        if (!EnumNames.TryParse(Role, out PositionRole role))
        {
            validation.Add("role", $"职务必须是 {EnumNames.Names<PositionRole>()} 之一");
        }

        if (!EnumNames.TryParse(Source, out PositionSource source))
        {
            validation.Add("source", $"任职来源必须是 {EnumNames.Names<PositionSource>()} 之一");
        }

        if (SendingUnit is { Length: > CommitteePosition.MaxSendingUnitLength })
        {
            validation.Add("sendingUnit", $"选派单位不能超过{CommitteePosition.MaxSendingUnitLength}个字符");
        }

        if (TermId == Guid.Empty)
        {
            validation.Add("termId", "届次编号无效");
        }

        if (validation.IsValid)
        {
            assignment = new PositionAssignment(
                MemberId!.Value, role, source, StartedOn!.Value, TermId, IsDualRole ?? false, HeadsHostUnit ?? false,
                string.IsNullOrWhiteSpace(SendingUnit) ? null : SendingUnit.Trim());
        }

        return validation;
    }
}
