namespace Cloud.Members.Domain.Transfers;

/// <summary>A letter still in transit after more than N days is flagged for the issuing county (N per county; 30 is a local default, UNCONFIRMED).</summary>
public static class TransferOverdueRule
{
    public const int DefaultDays = 30;
    public const int MinDays = 1;
    public const int MaxDays = 365;

    public static bool IsOverdue(DateOnly issuedOn, DateOnly today, int days) => today.DayNumber - issuedOn.DayNumber > days;
}
