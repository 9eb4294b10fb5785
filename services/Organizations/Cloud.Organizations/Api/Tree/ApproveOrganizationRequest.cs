namespace Cloud.Organizations.Api.Tree;

/// <summary>批复: the superior's approval document and date (default today); a Proposed organization becomes Active.</summary>
public sealed record ApproveOrganizationRequest(string? ApprovalDocNo = null, DateOnly? ApprovedOn = null);
