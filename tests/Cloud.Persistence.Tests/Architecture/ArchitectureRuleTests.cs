using Cloud.Persistence.Tests.Architecture.Samples.Domain;
using Cloud.Testing;

namespace Cloud.Persistence.Tests.Architecture;

/// <summary>The architecture rule reads compiled code: a forbidden type used only in a method body is found.</summary>
public sealed class ArchitectureRuleTests
{
    [Fact]
    public void EF_used_only_in_a_method_body_is_a_violation() =>
        Assert.Contains($"{typeof(QuietEfUser).FullName} uses Microsoft.EntityFrameworkCore.DbContextOptionsBuilder",
            ArchitectureRules.DomainViolations([typeof(QuietEfUser)]));

    [Fact]
    public void Cloud_Persistence_used_only_in_a_method_body_is_a_violation() =>
        Assert.Equal([$"{typeof(QuietPersistenceUser).FullName} uses Cloud.Persistence.SnakeCase"],
            ArchitectureRules.DomainViolations([typeof(QuietPersistenceUser)]));

    [Fact]
    public void A_forbidden_type_inside_a_lambda_is_a_violation() =>
        Assert.Equal([$"{typeof(LambdaPersistenceUser).FullName} uses Cloud.Persistence.SnakeCase"],
            ArchitectureRules.DomainViolations([typeof(LambdaPersistenceUser)]));

    [Fact]
    public void A_plain_domain_type_is_no_violation() =>
        Assert.Empty(ArchitectureRules.DomainViolations([typeof(PlainRule)]));

    [Fact]
    public void Samples_are_in_a_namespace_the_rule_treats_as_Domain() =>
        Assert.Equal(
            [typeof(LambdaPersistenceUser), typeof(PlainRule), typeof(QuietEfUser), typeof(QuietPersistenceUser)],
            ArchitectureRules.DomainTypes(typeof(PlainRule).Assembly).Where(t => !t.IsNested).OrderBy(t => t.Name));

    [Fact]
    public void The_rule_lists_exactly_the_services_that_exist()
    {
        var root = TestEnvironment.RepoRoot;
        var projects = Directory.GetDirectories(Path.Combine(root, "services"))
            .Where(d => Path.GetFileName(d) != "BuildingBlocks")
            .SelectMany(Directory.GetDirectories)
            .Concat(Directory.GetDirectories(Path.Combine(root, "gateway")))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName);

        Assert.Equal(projects.Order(StringComparer.Ordinal), ArchitectureRules.Services.Order(StringComparer.Ordinal));
    }
}
