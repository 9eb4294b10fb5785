namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 书记空缺 (domain.md §3.1 Vacancy; O19: 及时补选): an organization without a secretary is vacant — since the secretary left,
/// or, for one that never had a secretary, since it was registered. Party groups (group leaders) and the county committee
/// have no secretary post here; proposed and dissolved organizations are not expected to have one.
/// </summary>
public static class SecretaryVacancyRule
{
    public static bool HasSecretaryPost(OrganizationType type) => TermLengthRule.HasTerms(type);

    public static bool ExpectsSecretary(OrganizationType type, OrganizationStatus status) =>
        HasSecretaryPost(type) && status is OrganizationStatus.Active or OrganizationStatus.Restructuring;

    /// <summary>Since when the organization has been without a secretary, or null when it has one (or needs none).</summary>
    public static DateOnly? VacantSince(
        OrganizationType type, OrganizationStatus status, DateTimeOffset registeredAt, DateOnly? openVacancySince, bool hasCurrentSecretary, bool everHadSecretary)
    {
        if (!ExpectsSecretary(type, status) || hasCurrentSecretary)
        {
            return null;
        }

        return openVacancySince ?? (everHadSecretary ? null : RegisteredOn(registeredAt));
    }

    /// <summary>The county calendar date of registration: the day a never-staffed organization's vacancy begins.</summary>
    public static DateOnly RegisteredOn(DateTimeOffset registeredAt) =>
        DateOnly.FromDateTime(registeredAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
