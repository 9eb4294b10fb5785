namespace Cloud.Members.Domain.Transfers;

public enum TransferDirection
{
    WithinCounty,
    Out,
    In,
}
