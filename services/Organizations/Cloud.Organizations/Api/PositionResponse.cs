using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Api;

public sealed record PositionResponse(
    Guid Id,
    Guid OrganizationId,
    Guid? TermId,
    Guid MemberId,
    string Role,
    string Source,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    string? EndReason,
    bool IsDualRole,
    bool HeadsHostUnit,
    string? SendingUnit)
{
    public static PositionResponse From(CommitteePosition p) => new(
        p.Id, p.OrganizationId, p.TermId, p.MemberId, p.Role.ToString(), p.Source.ToString(), p.StartedOn, p.EndedOn, p.EndReason?.ToString(),
        p.IsDualRole, p.HeadsHostUnit, p.SendingUnit);
}
