using System.Text.Json;
using System.Text.Json.Serialization;
using Cloud.Contracts.Members;
using Cloud.Members.Security;

namespace Cloud.Members.Events;

/// <summary>
/// Seals what one county sends another about a transfer. Each payload is bound to its transfer and recipient county,
/// so it opens nowhere else (a payload copied into another transfer or county fails authentication).
/// </summary>
public static class TransferSeals
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static SealedPayload SealIdentification(this NationalIdProtector protector, Guid transferId, string toCounty, MemberIdentification identification) =>
        protector.Seal(JsonSerializer.SerializeToUtf8Bytes(identification, Json), $"transfer-identification:{transferId}:{toCounty}");

    public static MemberIdentification UnsealIdentification(this NationalIdProtector protector, Guid transferId, string toCounty, SealedPayload payload) =>
        JsonSerializer.Deserialize<MemberIdentification>(protector.Unseal(payload, $"transfer-identification:{transferId}:{toCounty}"), Json)!;

    public static SealedPayload SealRecord(this NationalIdProtector protector, Guid transferId, string toCounty, TransferredMemberRecord record) =>
        protector.Seal(JsonSerializer.SerializeToUtf8Bytes(record, Json), $"transfer-record:{transferId}:{toCounty}");

    public static TransferredMemberRecord UnsealRecord(this NationalIdProtector protector, Guid transferId, string toCounty, SealedPayload payload) =>
        JsonSerializer.Deserialize<TransferredMemberRecord>(protector.Unseal(payload, $"transfer-record:{transferId}:{toCounty}"), Json)!;
}
