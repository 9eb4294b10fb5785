namespace Cloud.Portal.Api.Transfers;

/// <summary>POST /api/members/{id}/transfers/out: to county <see cref="ToCounty"/> on Cloud, or without it to an outside organization.</summary>
public sealed record TransferLetterRequest(string? ToCounty, string? ToOrganizationName, string? Reason, string? LetterNo, DateOnly? IssuedOn);

/// <summary>POST /api/members/{id}/transfers/within.</summary>
public sealed record WithinCountyTransferRequest(Guid? ToOrganizationId, string? Reason, string? LetterNo, DateOnly? On);

/// <summary>POST /api/members/transfers/incoming/{id}/accept.</summary>
public sealed record AcceptTransferRequest(Guid? OrganizationId, DateOnly? On);

/// <summary>POST /api/members/transfers/incoming/{id}/reject: the reason is required (no unjustified refusal, M28).</summary>
public sealed record RejectTransferRequest(string? Reason);

/// <summary>GET/PUT /api/members/transfers/settings.</summary>
public sealed record TransferSettings(int? OverdueAfterDays);
