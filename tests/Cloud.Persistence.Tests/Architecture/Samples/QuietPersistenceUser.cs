// A type the architecture rule must judge as a service's Domain (see ArchitectureRuleTests).
namespace Cloud.Persistence.Tests.Architecture.Samples.Domain;

/// <summary>Calls a Cloud.Persistence helper in a method body, and only there.</summary>
public static class QuietPersistenceUser
{
    public static string Column(string property) => SnakeCase.From(property);
}
