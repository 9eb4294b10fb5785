namespace Cloud.Contracts.Organizations;

// Terms (届次), committee positions and secretary vacancies. Members appear by id only: names and other personal data
// stay in the Members service.

/// <summary>A new term began with an election (or appointment); the previous term, if any, is closed by <see cref="TermClosed"/>.</summary>
public sealed record TermStarted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid TermId,
    int TermNumber,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    int TermLengthYears,
    bool EarlyElection) : IIntegrationEvent;

/// <summary>The superior approved postponing the term's election (延期换届) until <see cref="ExtendedUntil"/> (at most a year).</summary>
public sealed record TermExtended(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid TermId,
    DateOnly ExtendedUntil,
    DateOnly ApprovedOn) : IIntegrationEvent;

/// <summary>A term ended, normally because the next one started.</summary>
public sealed record TermClosed(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid TermId,
    DateOnly ClosedOn) : IIntegrationEvent;

/// <summary>
/// A member took a committee position (Secretary, DeputySecretary, OrganizationCommissioner, …) or an assignment (FirstSecretary,
/// PartyBuildingInstructor). <see cref="IsDualRole"/> (一肩挑: the village secretary also chairs the villagers' committee) and
/// <see cref="HeadsHostUnit"/> (the secretary heads the unit, 书记由行政"一把手"兼任) came later and are null in older events.
/// </summary>
public sealed record PositionAssigned(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid PositionId,
    Guid? TermId,
    Guid MemberId,
    string Role,
    string Source,
    DateOnly StartedOn,
    bool? IsDualRole = null,
    bool? HeadsHostUnit = null) : IIntegrationEvent;

/// <summary>A member left a position. <see cref="Reason"/>: TermEnd, Resigned, Transferred, Removed or Deceased.</summary>
public sealed record PositionEnded(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid PositionId,
    Guid MemberId,
    string Role,
    string Reason,
    DateOnly EndedOn) : IIntegrationEvent;

/// <summary>The organization has had no secretary since <see cref="VacantSince"/>.</summary>
public sealed record SecretaryVacancyOpened(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    DateOnly VacantSince) : IIntegrationEvent;

/// <summary>A secretary was found. <see cref="FilledBy"/>: Election, ByElection or Appointment.</summary>
public sealed record SecretaryVacancyFilled(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    DateOnly VacantSince,
    DateOnly FilledOn,
    string FilledBy) : IIntegrationEvent;

/// <summary>The superior's approval of the secretary and/or the committee's filing (O18) was recorded after the election.</summary>
public sealed record TermApprovalRecorded(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid TermId,
    DateOnly? SuperiorApprovalOn,
    DateOnly? FilingOn) : IIntegrationEvent;
