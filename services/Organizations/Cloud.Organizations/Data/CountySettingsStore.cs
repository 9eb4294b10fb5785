using Cloud.Organizations.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

/// <summary>How the service reads a county's settings: its row in one query, the defaults while it has none.</summary>
public static class CountySettingsStore
{
    public static async Task<CountySettings> CountySettingsAsync(this OrganizationsDbContext db, CancellationToken cancellationToken) =>
        await db.CountySettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? CountySettings.Defaults();
}
