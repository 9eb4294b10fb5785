namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 书记空缺: a stretch of time an organization had no secretary (domain.md §3.1 Vacancy). An organization that never had
/// one is vacant since registration without a row; its first secretary writes the row, already filled.
/// </summary>
public sealed class SecretaryVacancy
{
    private SecretaryVacancy()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateOnly VacantSince { get; private set; }

    public DateOnly? FilledOn { get; private set; }

    public VacancyFilledBy? FilledBy { get; private set; }

    public bool IsOpen => FilledOn is null;

    public static SecretaryVacancy Open(Guid organizationId, DateOnly vacantSince, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        VacantSince = vacantSince,
    };

    public void Fill(DateOnly filledOn, VacancyFilledBy filledBy)
    {
        FilledOn = filledOn;
        FilledBy = filledBy;
    }
}
