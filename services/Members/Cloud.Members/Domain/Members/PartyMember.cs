namespace Cloud.Members.Domain.Members;

/// <summary>
/// A party member's record (党员信息) in the county that holds their organizational affiliation (组织关系).
/// Personal data: the national ID is kept only protected; name, phone and address never leave the service in events.
/// </summary>
public sealed class PartyMember
{
    private PartyMember()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // The national ID as stored (see ProtectedNationalId), flat so the hash can carry a unique index.
    public byte[] NationalIdCiphertext { get; private set; } = [];

    public string NationalIdKeyId { get; private set; } = string.Empty;

    public byte[] NationalIdHash { get; private set; } = [];

    public string NationalIdMasked { get; private set; } = string.Empty;

    public ProtectedNationalId NationalId => new(NationalIdCiphertext, NationalIdKeyId, NationalIdHash, NationalIdMasked);

    public Gender Gender { get; private set; }

    /// <summary>Chinese name of the ethnic group (<see cref="Ethnicities"/>).</summary>
    public string Ethnicity { get; private set; } = Ethnicities.Han;

    public DateOnly BirthDate { get; private set; }

    public EducationLevel Education { get; private set; }

    public OccupationCategory Occupation { get; private set; }

    public EmploymentStatus EmploymentStatus { get; private set; }

    public MembershipStatus Status { get; private set; }

    /// <summary>The day the grassroots committee approved admission (入党时间: membership starts then, M23).</summary>
    public DateOnly? AdmissionApprovedOn { get; private set; }

    /// <summary>Probation runs from the general meeting's vote (M17).</summary>
    public DateOnly? ProbationStartOn { get; private set; }

    /// <summary>转正 date; 党龄 counts from it (M20).</summary>
    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>The branch (or general branch / committee) holding the member's affiliation.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>党小组, if the branch has groups.</summary>
    public Guid? PartyGroupId { get; private set; }

    /// <summary>The host unit the member works in (for 应建未建), if known.</summary>
    public Guid? WorkUnitId { get; private set; }

    public bool IsLeadingCadre { get; private set; }

    /// <summary>设岗定责: the responsibility post the member holds, if any.</summary>
    public string? PostResponsibility { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public MemberState State { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsHan => !Ethnicities.IsMinority(Ethnicity);

    public static PartyMember Register(Guid id, string name, ProtectedNationalId nationalId, MemberFacts facts, DateTimeOffset at)
    {
        var member = new PartyMember { Id = id, Name = name, State = MemberState.Current, RegisteredAt = at };
        member.Seal(nationalId, at);
        member.Apply(facts, at);
        return member;
    }

    /// <summary>Stores a (corrected or re-sealed) national ID.</summary>
    public void Seal(ProtectedNationalId nationalId, DateTimeOffset at)
    {
        NationalIdCiphertext = nationalId.Ciphertext;
        NationalIdKeyId = nationalId.KeyId;
        NationalIdHash = nationalId.Hash;
        NationalIdMasked = nationalId.Masked;
        UpdatedAt = at;
    }

    /// <summary>Changes the recorded facts (not the affiliation's history: transfers move <see cref="OrganizationId"/>).</summary>
    public void Apply(MemberFacts facts, DateTimeOffset at)
    {
        Gender = facts.Gender;
        Ethnicity = facts.Ethnicity;
        BirthDate = facts.BirthDate;
        Education = facts.Education;
        Occupation = facts.Occupation;
        EmploymentStatus = facts.EmploymentStatus;
        Status = facts.Status;
        AdmissionApprovedOn = facts.AdmissionApprovedOn;
        ProbationStartOn = facts.ProbationStartOn;
        ConfirmedOn = facts.ConfirmedOn;
        OrganizationId = facts.OrganizationId;
        PartyGroupId = facts.PartyGroupId;
        WorkUnitId = facts.WorkUnitId;
        IsLeadingCadre = facts.IsLeadingCadre;
        PostResponsibility = facts.PostResponsibility;
        Phone = facts.Phone;
        Address = facts.Address;
        UpdatedAt = at;
    }

    /// <summary>取消预备党员资格: the record stays as history, no longer a current member.</summary>
    public void CancelProbation(DateTimeOffset at)
    {
        State = MemberState.ProbationCancelled;
        UpdatedAt = at;
    }

    /// <summary>Transfer within the county (M28): the affiliation moves; the party group belonged to the old organization.</summary>
    public void MoveTo(Guid organizationId, DateTimeOffset at)
    {
        OrganizationId = organizationId;
        PartyGroupId = null;
        UpdatedAt = at;
    }

    /// <summary>
    /// The affiliation left the county: a stub stays with the name, the masked ID and what statistics carry (birth year
    /// only). The sealed ID, its hash, contact, post, group and unit go: the new county holds the record now.
    /// </summary>
    public void TransferOut(DateTimeOffset at)
    {
        State = MemberState.TransferredOut;
        NationalIdCiphertext = [];
        NationalIdKeyId = string.Empty;
        NationalIdHash = [];
        BirthDate = new DateOnly(BirthDate.Year, 1, 1);
        Phone = null;
        Address = null;
        PostResponsibility = null;
        PartyGroupId = null;
        WorkUnitId = null;
        UpdatedAt = at;
    }

    public void Rename(string name, DateTimeOffset at)
    {
        Name = name;
        UpdatedAt = at;
    }

    /// <summary>转正: a probationary member becomes a full member on the day of the decision (党龄 counts from it, M20).</summary>
    public void Confirm(DateOnly on, DateTimeOffset at)
    {
        Status = MembershipStatus.Full;
        ConfirmedOn = on;
        UpdatedAt = at;
    }

    /// <summary>The record leaves the county's roll (death, expulsion, withdrawal, removal); it is kept, never deleted.</summary>
    public void Leave(MemberState state, DateTimeOffset at)
    {
        State = state;
        UpdatedAt = at;
    }

    /// <summary>Whole years of party standing (党龄) on <paramref name="day"/>, from confirmation; none before it.</summary>
    public int? PartyStandingYears(DateOnly day) => ConfirmedOn is { } since && since <= day ? Age.Years(since, day) : null;

    public int AgeOn(DateOnly day) => Age.Years(BirthDate, day);
}
