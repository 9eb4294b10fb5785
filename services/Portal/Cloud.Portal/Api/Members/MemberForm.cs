namespace Cloud.Portal.Api.Members;

/// <summary>
/// The record as the register and edit forms hold it, and the body of POST /api/members and PUT /api/members/{id}
/// (the API's MemberRequest: enums by name, dates as yyyy-MM-dd). The pickers work in <see cref="DateTime"/>.
/// </summary>
public sealed class MemberForm
{
    public string? Name { get; set; }

    public string? NationalId { get; set; }

    public string? Gender { get; set; }

    public string? Ethnicity { get; set; } = "汉族";

    public DateTime? BirthDate { get; set; }

    public string? Education { get; set; }

    public string? Occupation { get; set; }

    public string? EmploymentStatus { get; set; } = "Active";

    public string? Status { get; set; } = "Full";

    public DateTime? AdmissionApprovedOn { get; set; }

    public DateTime? ProbationStartOn { get; set; }

    public DateTime? ConfirmedOn { get; set; }

    public Guid? OrganizationId { get; set; }

    public string? OrganizationName { get; set; }

    public Guid? PartyGroupId { get; set; }

    public Guid? WorkUnitId { get; set; }

    public bool IsLeadingCadre { get; set; }

    public string? PostResponsibility { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public static MemberForm From(MemberRecord r) => new()
    {
        Name = r.Name, NationalId = r.NationalId, Gender = r.Gender, Ethnicity = r.Ethnicity, BirthDate = At(r.BirthDate), Education = r.Education,
        Occupation = r.Occupation, EmploymentStatus = r.EmploymentStatus, Status = r.Status, AdmissionApprovedOn = At(r.AdmissionApprovedOn),
        ProbationStartOn = At(r.ProbationStartOn), ConfirmedOn = At(r.ConfirmedOn), OrganizationId = r.OrganizationId, OrganizationName = r.OrganizationName,
        PartyGroupId = r.PartyGroupId, WorkUnitId = r.WorkUnitId, IsLeadingCadre = r.IsLeadingCadre, PostResponsibility = r.PostResponsibility,
        Phone = r.Phone, Address = r.Address,
    };

    /// <summary>The request body (the API's field names).</summary>
    public object Body() => new
    {
        Name, NationalId, Gender, Ethnicity, BirthDate = Day(BirthDate), Education, Occupation, EmploymentStatus, Status,
        AdmissionApprovedOn = Day(AdmissionApprovedOn), ProbationStartOn = Day(ProbationStartOn), ConfirmedOn = Day(ConfirmedOn),
        OrganizationId, PartyGroupId, WorkUnitId, IsLeadingCadre, PostResponsibility, Phone, Address,
    };

    public static DateOnly? Day(DateTime? moment) => moment is { } m ? DateOnly.FromDateTime(m) : null;

    public static DateTime? At(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);
}
