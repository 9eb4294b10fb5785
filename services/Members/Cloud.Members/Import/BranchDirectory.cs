using Cloud.Persistence.OrganizationTree;

namespace Cloud.Members.Import;

/// <summary>
/// The organizations a roster's 所在党组织 may name: the active ones of the tree copy that the importing user sees, found by
/// exact name or by id. A name two organizations share is refused rather than guessed.
/// </summary>
public sealed class BranchDirectory
{
    private readonly ILookup<string, Guid> _byName;
    private readonly Dictionary<Guid, string> _byId;

    /// <param name="active">The organizations the user sees that are not dissolved.</param>
    public BranchDirectory(IReadOnlyCollection<(Guid Id, string Name)> active)
    {
        _byName = active.ToLookup(o => o.Name, o => o.Id, StringComparer.Ordinal);
        _byId = active.ToDictionary(o => o.Id, o => o.Name);
    }

    public static BranchDirectory Of(IEnumerable<OrganizationNode> visible) =>
        new([.. visible.Where(o => o.Status != OrganizationNode.Dissolved).Select(o => (o.OrganizationId, o.Name))]);

    public string NameOf(Guid organizationId) => _byId.GetValueOrDefault(organizationId) ?? organizationId.ToString();

    public bool TryFind(string text, out Guid organizationId, out string error)
    {
        organizationId = Guid.Empty;
        error = string.Empty;
        if (Guid.TryParse(text, out var id))
        {
            if (_byId.ContainsKey(id))
            {
                organizationId = id;
                return true;
            }

            error = "所在党组织的编号不存在，或不在您的管理范围内";
            return false;
        }

        var named = _byName[text].Take(2).ToList();
        switch (named.Count)
        {
            case 1:
                organizationId = named[0];
                return true;
            case > 1:
                error = $"有多个名为“{text}”的党组织，请改填党组织编号";
                return false;
            default:
                error = $"党组织“{text}”不存在，或不在您的管理范围内";
                return false;
        }
    }
}
