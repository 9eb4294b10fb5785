using Cloud.Members.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

public static class TransferSettingsStore
{
    /// <summary>The county's limit of days in transit before a letter is flagged, or the default.</summary>
    public static async Task<int> OverdueAfterDaysAsync(this MembersDbContext db, CancellationToken cancellationToken) =>
        await db.TransferSettings.AsNoTracking().Select(t => (int?)t.OverdueAfterDays).FirstOrDefaultAsync(cancellationToken) ?? TransferOverdueRule.DefaultDays;
}
