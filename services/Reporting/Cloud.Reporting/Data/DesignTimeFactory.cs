using Cloud.Persistence.Migrations;

namespace Cloud.Reporting.Data;

public sealed class DesignTimeFactory : DesignTimeFactory<ReportingDbContext>;
