using Cloud.Organizations.Domain.Settings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>All of a county's settings at once (PUT replaces them); each within <see cref="CountySettingLimits"/>.</summary>
public sealed record CountySettingsRequest(
    int? VillageCommunityTownshipTermYears,
    int? CommitteeTermYears,
    int? OtherTermYears,
    int? TermDueSoonMonths,
    int? MaxTermAdjustmentMonths,
    int? SecretaryVacancyAdvisoryDays,
    int? CandidateSurplusPercent,
    int? JointBranchBelowFullMembers,
    int? GeneralBranchAboveMembers,
    int? CommitteeRequiredFullMembers,
    int? VillageCommitteeMembers)
{
    public Validation Validate(out CountySettingsValues? values)
    {
        var validation = new Validation();
        Check(validation, "villageCommunityTownshipTermYears", VillageCommunityTownshipTermYears, "村、社区和乡镇党组织任期（年）", CountySettingLimits.TermYears);
        Check(validation, "committeeTermYears", CommitteeTermYears, "基层党委任期（年）", CountySettingLimits.TermYears);
        Check(validation, "otherTermYears", OtherTermYears, "党总支、党支部任期（年）", CountySettingLimits.TermYears);
        Check(validation, "termDueSoonMonths", TermDueSoonMonths, "换届提醒提前月数", CountySettingLimits.TermDueSoonMonths);
        Check(validation, "maxTermAdjustmentMonths", MaxTermAdjustmentMonths, "延期或提前换届最长月数", CountySettingLimits.MaxTermAdjustmentMonths);
        Check(validation, "secretaryVacancyAdvisoryDays", SecretaryVacancyAdvisoryDays, "书记空缺提醒天数", CountySettingLimits.SecretaryVacancyAdvisoryDays);
        Check(validation, "candidateSurplusPercent", CandidateSurplusPercent, "差额比例（%）", CountySettingLimits.CandidateSurplusPercent);
        Check(validation, "jointBranchBelowFullMembers", JointBranchBelowFullMembers, "联合党支部正式党员人数下限", CountySettingLimits.JointBranchBelowFullMembers);
        Check(validation, "generalBranchAboveMembers", GeneralBranchAboveMembers, "党总支党员人数门槛", CountySettingLimits.GeneralBranchAboveMembers);
        Check(validation, "committeeRequiredFullMembers", CommitteeRequiredFullMembers, "设立支部委员会的正式党员人数", CountySettingLimits.CommitteeRequiredFullMembers);
        Check(validation, "villageCommitteeMembers", VillageCommitteeMembers, "村党组织设立党委的党员人数", CountySettingLimits.VillageCommitteeMembers);
        values = validation.IsValid
            ? new CountySettingsValues(
                VillageCommunityTownshipTermYears!.Value, CommitteeTermYears!.Value, OtherTermYears!.Value, TermDueSoonMonths!.Value,
                MaxTermAdjustmentMonths!.Value, SecretaryVacancyAdvisoryDays!.Value, CandidateSurplusPercent!.Value, JointBranchBelowFullMembers!.Value,
                GeneralBranchAboveMembers!.Value, CommitteeRequiredFullMembers!.Value, VillageCommitteeMembers!.Value)
            : null;
        return validation;
    }

    private static void Check(Validation validation, string field, int? value, string label, SettingRange range)
    {
        if (value is null)
        {
            validation.Add(field, $"{label}不能为空");
        }
        else if (!range.Contains(value.Value))
        {
            validation.Add(field, $"{label}须在{range.Min}到{range.Max}之间");
        }
    }
}
