namespace Cloud.Members.Domain.Transfers;

/// <summary>The county's setting for transfers: after how many days a letter in transit is flagged overdue.</summary>
public sealed class TransferSettings
{
    private TransferSettings()
    {
    }

    public int OverdueAfterDays { get; private set; } = TransferOverdueRule.DefaultDays;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TransferSettings Create(int overdueAfterDays, DateTimeOffset at) => new() { OverdueAfterDays = overdueAfterDays, UpdatedAt = at };

    public void Change(int overdueAfterDays, DateTimeOffset at)
    {
        OverdueAfterDays = overdueAfterDays;
        UpdatedAt = at;
    }
}
