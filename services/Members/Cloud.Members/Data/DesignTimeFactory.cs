using Cloud.Persistence.Migrations;

namespace Cloud.Members.Data;

public sealed class DesignTimeFactory : DesignTimeFactory<MembersDbContext>;
