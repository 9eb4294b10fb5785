namespace Cloud.Members.Domain.Members;

/// <summary>汉族 / 少数民族: reports count minorities as one group (seed 004: 34.1 %).</summary>
public enum EthnicityGroup
{
    Han,
    Minority,
}
