using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Transfers;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api;

/// <summary>The fields every transfer carries: reason, letter number and date, checked the same way everywhere.</summary>
public static class TransferLetter
{
    public static TransferReason? Validate(Validation validation, string? reason, string? letterNo, DateOnly? on, string dateField, DateOnly today)
    {
        validation.Require("letterNo", letterNo, "介绍信编号", OutgoingTransferConfiguration.MaxLetterNoLength);
        if (on is null)
        {
            validation.Add(dateField, "转接日期不能为空");
        }
        else if (on > today)
        {
            validation.Add(dateField, "转接日期不能晚于今天");
        }

        if (EnumNames.TryParse(reason, out TransferReason parsed))
        {
            return parsed;
        }

        validation.Add("reason", string.IsNullOrEmpty(reason) ? "请选择转接原因" : $"转接原因必须是 {EnumNames.Names<TransferReason>()} 之一");
        return null;
    }
}
