namespace Cloud.Organizations.Domain.Leadership;

/// <summary>How a vacant secretary post was filled (domain.md §3.1 Vacancy); stored by name.</summary>
public enum VacancyFilledBy
{
    Election,
    ByElection,
    Appointment,
}
