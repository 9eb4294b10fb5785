using Microsoft.EntityFrameworkCore;

// A type the architecture rule must judge as a service's Domain (see ArchitectureRuleTests).
namespace Cloud.Persistence.Tests.Architecture.Samples.Domain;

/// <summary>Builds EF options in a method body: no field, parameter, return or base type names EF.</summary>
public static class QuietEfUser
{
    public static bool Configured() => new DbContextOptionsBuilder().IsConfigured;
}
