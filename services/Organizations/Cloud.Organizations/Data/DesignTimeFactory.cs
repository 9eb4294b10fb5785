using Cloud.Persistence.Migrations;

namespace Cloud.Organizations.Data;

public sealed class DesignTimeFactory : DesignTimeFactory<OrganizationsDbContext>;
