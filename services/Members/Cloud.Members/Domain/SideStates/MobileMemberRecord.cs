namespace Cloud.Members.Domain.SideStates;

/// <summary>流动党员: away from the branch at least 6 months without transferring the affiliation (M29).</summary>
public sealed class MobileMemberRecord
{
    public const string TooShort = "外出不满6个月的不作为流动党员管理（党员教育管理工作条例第三十二条）";

    private MobileMemberRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public string Destination { get; private set; } = string.Empty;

    public DateOnly DepartedOn { get; private set; }

    public DateOnly? ExpectedReturnOn { get; private set; }

    /// <summary>The member of the home branch responsible for liaison (M30).</summary>
    public Guid? LiaisonPersonId { get; private set; }

    /// <summary>The organization at the destination where the member takes part in organizational life.</summary>
    public Guid? DestinationOrgId { get; private set; }

    public DateOnly? LastContactOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => EndedOn is null;

    /// <summary>M29: an expected absence of less than 6 months is a trip, not mobility (M34). Unknown return is accepted.</summary>
    public static string? Refuse(MobileDetails details) =>
        details.ExpectedReturnOn is { } back && back < details.DepartedOn.AddMonths(6) ? TooShort : null;

    public static MobileMemberRecord Start(Guid memberId, MobileDetails details, DateTimeOffset at)
    {
        var record = new MobileMemberRecord { Id = Guid.CreateVersion7(at), MemberId = memberId };
        record.Update(details, at);
        return record;
    }

    public void Update(MobileDetails details, DateTimeOffset at)
    {
        Destination = details.Destination;
        DepartedOn = details.DepartedOn;
        ExpectedReturnOn = details.ExpectedReturnOn;
        LiaisonPersonId = details.LiaisonPersonId;
        DestinationOrgId = details.DestinationOrgId;
        LastContactOn = details.LastContactOn;
        UpdatedAt = at;
    }

    public void End(DateOnly on, DateTimeOffset at)
    {
        EndedOn = on;
        UpdatedAt = at;
    }
}
