using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api;

/// <summary>The fields every recorded decision carries: its date (not in the future), the deciding body, the document number.</summary>
public static class DecisionFields
{
    public static MemberDecision? Validate(Validation validation, DateOnly? decidedOn, string? decidedBy, string? documentNumber, DateOnly today, string dateField = "decidedOn")
    {
        validation.Require("decidedBy", decidedBy, "决定机关", MembershipDecisionConfiguration.MaxDecidedByLength)
            .Optional("documentNumber", documentNumber, "文号", MembershipDecisionConfiguration.MaxDocumentNumberLength);
        if (decidedOn is null)
        {
            validation.Add(dateField, "决定日期不能为空");
        }
        else if (decidedOn > today)
        {
            validation.Add(dateField, "决定日期不能晚于今天");
        }

        return validation.IsValid
            ? new MemberDecision(decidedOn!.Value, decidedBy!.Trim(), string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim())
            : null;
    }
}
