using System.Reflection;
using Xunit;

namespace Cloud.Testing;

/// <summary>The layout rules of architecture.md §2 and style.md, checked on a service's compiled assembly.</summary>
public static class ArchitectureRules
{
    /// <summary>What a service's <c>Domain/</c> must not depend on: namespaces and assemblies of these names (and below them).</summary>
    public static readonly IReadOnlyList<string> ForbiddenInDomain = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "MassTransit", "Cloud.Persistence"];

    /// <summary>The services that exist (planned ones join when their project does).</summary>
    public static readonly IReadOnlyList<string> Services = ["Cloud.Identity", "Cloud.Organizations", "Cloud.Members", "Cloud.Reporting", "Cloud.Gateway", "Cloud.Portal"];

    /// <summary>Domain types depend on no EF, ASP.NET Core, database, bus or persistence types, in signatures or in method bodies.</summary>
    public static void DomainIsPlain(Assembly service)
    {
        var domain = DomainTypes(service);
        Assert.NotEmpty(domain);
        var offenders = DomainViolations(domain);
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The types of an assembly in a <c>Domain</c> namespace (<c>X.Domain</c> or below it).</summary>
    public static IReadOnlyList<Type> DomainTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Domain", StringComparison.Ordinal) || ns.Contains(".Domain.", StringComparison.Ordinal)))
        .ToList();

    /// <summary>"<c>type</c> uses <c>forbidden type</c>" for every forbidden dependency of the given types on other assemblies.</summary>
    public static IReadOnlyList<string> DomainViolations(IEnumerable<Type> types) => types
        .SelectMany(t => CompiledDependencies.Of(t).Where(used => used.Assembly != t.Assembly && IsForbiddenInDomain(used)).Select(used => $"{t.FullName} uses {used.FullName ?? used.Name}"))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A service learns about others only through Cloud.Contracts, never by referencing their assemblies.</summary>
    public static void ReferencesNoOtherService(Assembly service)
    {
        var own = service.GetName().Name;
        var others = service.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => Services.Contains(name) && name != own)
            .ToList();
        Assert.True(others.Count == 0, $"{own} references {string.Join(", ", others)}");
    }

    private static bool IsForbiddenInDomain(Type used) =>
        ForbiddenInDomain.Any(f => IsWithin(used.Namespace, f) || IsWithin(used.Assembly.GetName().Name, f));

    // "Cloud.Persistence" covers Cloud.Persistence.Outbox, not a Cloud.PersistenceX that only starts with the same letters.
    private static bool IsWithin(string? name, string prefix) =>
        name is not null && (name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));
}
