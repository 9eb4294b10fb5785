namespace Cloud.Organizations.Domain;

/// <summary>A Party organization in a county's organization tree.</summary>
public sealed partial class Organization
{
    public const int MaxNameLength = 100;

    /// <summary>Why a name is refused when a non-dissolved organization of the county already carries it (the full name identifies an organization).</summary>
    public static string NameTaken(string name) => $"本县已有名为“{name}”的组织";

    public const int MaxTownshipLength = 50;

    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public OrganizationType Type { get; private set; }

    /// <summary>Set for branches only (Standard unless another kind is given).</summary>
    public BranchKind? Kind { get; private set; }

    public OrganizationDomain? Domain { get; private set; }

    /// <summary>The township (乡镇) the organization belongs to administratively.</summary>
    public string? Township { get; private set; }

    public OrganizationStatus Status { get; private set; }

    /// <summary>隶属关系: the organization this one reports to; null for a top-level organization of the county.</summary>
    public Guid? ParentOrganizationId { get; private set; }

    /// <summary>Materialized path: the ids (<see cref="PathLabel"/>) from the top of the tree down to this one, joined by dots.</summary>
    public string Path { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The unit (单位) the organization is set up in; a joint branch's further units are its covered units.</summary>
    public Guid? HostUnitId { get; private set; }

    public static string PathLabel(Guid id) => id.ToString("N");

    /// <summary>Registers an organization under <paramref name="parent"/>; check <see cref="AllowedParentRule"/> first.</summary>
    public static Organization Register(
        string name, OrganizationType type, Organization? parent, DateTimeOffset now,
        BranchKind? kind = null, OrganizationDomain? domain = null, string? township = null, bool proposed = false,
        DateOnly? establishedOn = null, DateOnly? temporaryTaskEndsOn = null)
    {
        var id = Guid.CreateVersion7(now);
        var branchKind = type == OrganizationType.Branch ? kind ?? BranchKind.Standard : (BranchKind?)null;
        return new()
        {
            Id = id,
            Name = name.Trim(),
            Type = type,
            Kind = branchKind,
            Domain = domain,
            Township = string.IsNullOrWhiteSpace(township) ? null : township.Trim(),
            Status = proposed ? OrganizationStatus.Proposed : OrganizationStatus.Active,
            ParentOrganizationId = parent?.Id,
            Path = parent is null ? PathLabel(id) : $"{parent.Path}.{PathLabel(id)}",
            RegisteredAt = now,
            EffectiveFrom = establishedOn ?? CountyCalendar.DateOf(now),
            TemporaryTaskEndsOn = branchKind == BranchKind.Temporary ? temporaryTaskEndsOn : null,
        };
    }

    /// <summary>The county committee (中共{county}委员会), the top of a newly provisioned county's tree.</summary>
    public static Organization RegisterCountyCommittee(string countyName, DateTimeOffset now) =>
        Register($"中共{countyName.Trim()}委员会", OrganizationType.CountyCommittee, null, now, establishedOn: CountyCommitteeEstablishedOn);

    /// <summary>
    /// The county committee predates anything a county records: a county moving onto the platform registers its existing
    /// organizations with their real establishment dates, which the tree as of a past date must be able to show.
    /// </summary>
    public static readonly DateOnly CountyCommitteeEstablishedOn = new(1949, 10, 1);

    /// <summary>Links the organization to its host unit (null: none); check <c>JointBranchCoversAtMostFiveUnits</c> first.</summary>
    public void SetHostUnit(Guid? unitId) => HostUnitId = unitId;

    /// <summary>Ends the organization; it takes no new children afterwards.</summary>
    public void Dissolve() => Dissolve(EffectiveFrom);
}
