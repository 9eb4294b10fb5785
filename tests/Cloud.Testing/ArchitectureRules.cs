using System.Reflection;
using Xunit;

namespace Cloud.Testing;

/// <summary>The layout rules of architecture.md §2 and style.md, checked on a service's compiled assembly.</summary>
public static class ArchitectureRules
{
    private static readonly string[] ForbiddenInDomain = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "MassTransit"];

    private static readonly string[] Services = ["Cloud.Identity", "Cloud.Organizations", "Cloud.Members", "Cloud.Activities", "Cloud.Training", "Cloud.FinanceDisclosure", "Cloud.Reporting", "Cloud.Portal", "Cloud.Gateway"];

    /// <summary>Domain types use no EF, ASP.NET Core, database or bus types in their signatures.</summary>
    public static void DomainIsPlain(Assembly service)
    {
        var domain = service.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Domain", StringComparison.Ordinal) || ns.Contains(".Domain.", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(domain);
        var offenders = domain
            .SelectMany(t => UsedTypes(t).Select(used => (t, used)))
            .Where(p => ForbiddenInDomain.Any(f => p.used.Namespace?.StartsWith(f, StringComparison.Ordinal) == true))
            .Select(p => $"{p.t.FullName} uses {p.used.FullName}")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>A service learns about others only through Cloud.Contracts, never by referencing their projects.</summary>
    public static void ReferencesNoOtherService(Assembly service)
    {
        var own = service.GetName().Name;
        var others = service.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => Services.Contains(name) && name != own)
            .ToList();
        Assert.True(others.Count == 0, $"{own} references {string.Join(", ", others)}");
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            yield return a.AttributeType;
        }

        foreach (var f in type.GetFields(all))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(all))
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }
        }
    }
}
