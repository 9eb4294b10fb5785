namespace Cloud.Members.Api;

/// <summary>After how many days a letter in transit is flagged (a local practice, default 30, UNCONFIRMED nationally).</summary>
public sealed record TransferSettingsRequest(int? OverdueAfterDays);

public sealed record TransferSettingsResponse(int OverdueAfterDays);
