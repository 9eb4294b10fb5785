namespace Cloud.Members.Domain.Transfers;

/// <summary>Why a member's affiliation must move (M28: 党员教育管理工作条例 第二十五条; graduates M31).</summary>
public enum TransferReason
{
    JobChange,
    ResidenceChange,
    AwayOver6Months,
    Graduation,
}
