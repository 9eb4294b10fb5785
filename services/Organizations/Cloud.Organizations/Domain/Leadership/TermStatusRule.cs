namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// A term's status on a date (domain.md §3.1 term state machine): due soon within the county's TermDueSoonMonths of its
/// planned end, overdue after it unless the superior approved an extension (O14), and overdue again after the extension.
/// </summary>
public static class TermStatusRule
{
    public static TermStatus StatusOn(
        DateOnly asOf, DateOnly plannedEndOn, DateOnly? extendedUntil, DateOnly? extensionApprovedOn, DateOnly? closedOn, int dueSoonMonths)
    {
        if (closedOn is { } closed && closed <= asOf)
        {
            return TermStatus.Closed;
        }

        // An extension counts from the day it was approved; before that the term was simply due or overdue.
        if (extendedUntil is { } until && (extensionApprovedOn is null || extensionApprovedOn <= asOf))
        {
            return asOf > until ? TermStatus.Overdue : TermStatus.Extended;
        }

        if (asOf > plannedEndOn)
        {
            return TermStatus.Overdue;
        }

        return asOf >= plannedEndOn.AddMonths(-dueSoonMonths) ? TermStatus.DueSoon : TermStatus.Active;
    }
}
