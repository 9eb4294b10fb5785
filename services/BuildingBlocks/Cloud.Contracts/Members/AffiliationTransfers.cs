namespace Cloud.Contracts.Members;

// Messages between two counties' Members services about one transfer between them (组织关系转接, M28). Each is written
// into the sender's outbox and carries the recipient's county as TenantId, so the recipient's consumer works under it.
// Personal data only ever travels sealed (AES-GCM with the platform's national-ID keys), bound to the transfer and county.

/// <summary>Ciphertext (nonce ‖ ciphertext ‖ tag) and the id of the key that sealed it.</summary>
public sealed record SealedPayload(byte[] Ciphertext, string KeyId);

/// <summary>
/// County <see cref="SourceCounty"/> issued a transfer letter to the recipient county. <see cref="Identification"/> seals the
/// name and masked national ID (so the recipient can recognise the person); the rest is statistical.
/// </summary>
public sealed record AffiliationTransferIssued(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    string SourceCounty,
    string Reason,
    string LetterNo,
    DateOnly IssuedOn,
    string? ReceivingOrganizationName,
    MemberStatisticalFacts Facts,
    SealedPayload Identification) : IIntegrationEvent;

/// <summary>The issuing county cancelled the transfer before the recipient's record arrived.</summary>
public sealed record AffiliationTransferCancelled(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    string SourceCounty) : IIntegrationEvent;

/// <summary>The recipient county accepted the transfer (to the issuing county).</summary>
public sealed record AffiliationTransferAccepted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    string AcceptingCounty,
    DateOnly AcceptedOn) : IIntegrationEvent;

/// <summary>The recipient county rejected the transfer, with its reason (no unjustified refusal, M28).</summary>
public sealed record AffiliationTransferRejected(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    string RejectingCounty,
    string RejectionReason) : IIntegrationEvent;

/// <summary>The member's record, sealed, sent by the issuing county once the recipient accepted; only the recipient opens it.</summary>
public sealed record MemberRecordTransferred(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    string SourceCounty,
    SealedPayload Record) : IIntegrationEvent;
