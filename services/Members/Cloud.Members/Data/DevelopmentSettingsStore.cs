using Cloud.Members.Domain.Development;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

/// <summary>A county's development settings: its row, or the defaults while it has none.</summary>
public static class DevelopmentSettingsStore
{
    public static async Task<DevelopmentSettings> DevelopmentSettingsAsync(this MembersDbContext db, CancellationToken cancellationToken) =>
        await db.DevelopmentSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? DevelopmentSettings.Defaults();
}
