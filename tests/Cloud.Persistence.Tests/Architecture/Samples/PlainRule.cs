// A type the architecture rule must judge as a service's Domain (see ArchitectureRuleTests).
namespace Cloud.Persistence.Tests.Architecture.Samples.Domain;

/// <summary>Plain: the rule must find nothing here.</summary>
public static class PlainRule
{
    public static bool IsFull(int members) => members >= 7;
}
