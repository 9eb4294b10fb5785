using Cloud.Persistence.Migrations;

namespace Cloud.Identity.Data;

public sealed class DesignTimeFactory : DesignTimeFactory<IdentityDbContext>;
