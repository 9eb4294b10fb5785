// A type the architecture rule must judge as a service's Domain (see ArchitectureRuleTests).
namespace Cloud.Persistence.Tests.Architecture.Samples.Domain;

/// <summary>Uses a Cloud.Persistence helper inside a lambda, which the compiler moves into a nested closure type.</summary>
public static class LambdaPersistenceUser
{
    public static IEnumerable<string> Columns(IEnumerable<string> properties) => properties.Select(p => SnakeCase.From(p));
}
