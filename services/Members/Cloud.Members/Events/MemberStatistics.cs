using Cloud.Contracts.Members;
using Cloud.Members.Domain.Members;

namespace Cloud.Members.Events;

/// <summary>The statistical facts of a member for events: nothing that names or reaches the person.</summary>
public static class MemberStatistics
{
    public static MemberStatisticalFacts Of(PartyMember m) => new(
        m.OrganizationId,
        m.Gender.ToString(),
        m.BirthDate.Year,
        Ethnicities.IsMinority(m.Ethnicity),
        m.Education.Band().ToString(),
        m.Occupation.ToString(),
        m.EmploymentStatus.ToString(),
        m.Status.ToString(),
        m.AdmissionApprovedOn,
        m.ConfirmedOn,
        m.IsLeadingCadre,
        m.WorkUnitId);
}
