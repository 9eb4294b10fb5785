namespace Cloud.Organizations.Domain.Settings;

/// <summary>The values a county may choose for one setting, both ends included.</summary>
public readonly record struct SettingRange(int Min, int Max)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}
