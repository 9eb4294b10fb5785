using Cloud.Identity.Data;
using Cloud.Members.Data;
using Cloud.Organizations.Data;
using Cloud.Reporting.Data;
using Cloud.Testing;

namespace Cloud.SystemTests;

/// <summary>Every service database migrated, as the AppHost's <c>*-migrate</c> resources do before the services start.</summary>
public static class PlatformDatabases
{
    public static async Task MigrateAsync()
    {
        await TestDatabases.MigrateAsync<IdentityDbContext>(IdentityDbContext.DatabaseName);
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
    }
}
