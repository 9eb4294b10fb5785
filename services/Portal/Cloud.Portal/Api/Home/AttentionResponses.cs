namespace Cloud.Portal.Api.Home;

// What the 工作台 reads from the APIs that already compute what needs attention (only the fields it shows).

/// <summary><c>GET /api/organizations/terms?status=…</c>: a term due for re-election (换届) soon, or overdue.</summary>
public sealed record TermDue(Guid OrganizationId, string OrganizationName, int TermNumber, DateOnly PlannedEndOn, DateOnly? ExtendedUntil, string Status);

/// <summary><c>GET /api/organizations/vacancies</c>: an organization without a secretary, and for how long.</summary>
public sealed record SecretaryVacancy(Guid OrganizationId, string OrganizationName, DateOnly VacantSince, int Days);

/// <summary><c>GET /api/organizations/advisories</c>: a business-rule advisory (never an error) and what to do.</summary>
public sealed record OrganizationAdvisory(Guid OrganizationId, string OrganizationName, string Code, string Message, string Suggestion);

/// <summary><c>GET /api/members/development?overdue=true</c>: an admission case with a step past its due date.</summary>
public sealed record OverdueCase(Guid Id, string Name, string? OrganizationName, string Stage, DateOnly? NextDueOn);

/// <summary><c>GET /api/members/transfers/incoming</c>: a transfer letter from another county (pending ones first).</summary>
public sealed record IncomingTransfer(Guid Id, string FromCounty, string? Name, string LetterNo, DateOnly IssuedOn, string Status);

/// <summary><c>GET /api/members/flags</c>: a side state due for the branch's review.</summary>
public sealed record MemberFlag(Guid MemberId, string Name, Guid OrganizationId, string Flag, DateOnly DueOn);
