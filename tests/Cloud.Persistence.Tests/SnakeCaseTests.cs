namespace Cloud.Persistence.Tests;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("ParentOrganizationId", "parent_organization_id")]
    [InlineData("NextAttemptAt", "next_attempt_at")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("already_snake", "already_snake")]
    public void Property_names_become_postgres_names(string property, string column) =>
        Assert.Equal(column, SnakeCase.From(property));
}
