namespace Cloud.Organizations.Domain.Leadership;

/// <summary>One change made by an <see cref="OrganizationLeadership"/> operation, with the row it concerns.</summary>
public sealed record LeadershipChange(LeadershipChangeKind Kind, Term? Term = null, CommitteePosition? Position = null, SecretaryVacancy? Vacancy = null);
