namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// The county's organizations as an import sees them: names to resolve parents and check uniqueness, and the user's
/// scope (a scoped OrgAdmin imports only under its own organization).
/// </summary>
internal sealed class ExistingOrganizations
{
    private readonly ILookup<string, Organization> _active;
    private readonly ILookup<string, Organization> _dissolved;
    private readonly Organization? _committee;
    private readonly Guid? _scopeId;
    private readonly Organization? _scope;

    public ExistingOrganizations(IReadOnlyCollection<Organization> organizations, Guid? scope)
    {
        _active = organizations.Where(o => o.Status != OrganizationStatus.Dissolved).ToLookup(o => o.Name, StringComparer.Ordinal);
        _dissolved = organizations.Where(o => o.Status == OrganizationStatus.Dissolved).ToLookup(o => o.Name, StringComparer.Ordinal);
        _committee = organizations.FirstOrDefault(o => o.Type == OrganizationType.CountyCommittee);
        _scopeId = scope;
        _scope = scope is { } id ? organizations.FirstOrDefault(o => o.Id == id) : null;
    }

    /// <summary>Whether a non-dissolved organization of the county, anywhere in it, has this name.</summary>
    public bool HasActive(string name) => _active.Contains(name);

    /// <summary>An empty 上级组织: the user's scope organization, else the county committee, else the top of the county.</summary>
    public ParentLink DefaultParent(out string? error)
    {
        error = null;
        if (_scopeId is null)
        {
            return ParentLink.ToExisting(_committee);
        }

        if (_scope is null)
        {
            error = "您管理的组织不存在，无法导入";
            return ParentLink.Unresolved;
        }

        return ParentLink.ToExisting(_scope);
    }

    public ParentLink Find(string name, out string? error)
    {
        error = null;
        var candidates = _active[name].Where(InScope).ToList();
        if (candidates.Count == 1)
        {
            return ParentLink.ToExisting(candidates[0]);
        }

        if (candidates.Count > 1)
        {
            error = $"本县有多个名为“{name}”的组织，无法确定是哪一个";
            return ParentLink.Unresolved;
        }

        // A dissolved one is found, so that the parent rule can say why it takes no children.
        if (_dissolved[name].FirstOrDefault(InScope) is { } dissolved)
        {
            return ParentLink.ToExisting(dissolved);
        }

        error = _scopeId is null
            ? $"上级组织“{name}”在文件和本县现有组织中都不存在"
            : $"上级组织“{name}”不存在，或不在您管理的组织之下";
        return ParentLink.Unresolved;
    }

    private bool InScope(Organization organization) =>
        _scopeId is null
        || (_scope is not null && (organization.Path == _scope.Path || organization.Path.StartsWith(_scope.Path + ".", StringComparison.Ordinal)));
}
