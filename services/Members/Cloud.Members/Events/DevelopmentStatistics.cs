using Cloud.Contracts.Members;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;

namespace Cloud.Members.Events;

/// <summary>The statistical facts of a development case for events: nothing that names or reaches the person.</summary>
public static class DevelopmentStatistics
{
    public static DevelopmentStageChanged StageChanged(string tenantId, DevelopmentCase c, DevelopmentStage? previous, DateTimeOffset at) => new(
        tenantId,
        Guid.NewGuid(),
        at,
        c.Id,
        c.OrganizationId,
        c.Stage.ToString(),
        previous?.ToString(),
        c.StageSince,
        c.ApplicationOn,
        c.Gender.ToString(),
        c.BirthDate.Year,
        Ethnicities.IsMinority(c.Ethnicity),
        c.Education.Band().ToString(),
        c.Occupation.ToString(),
        c.IsLeagueMember,
        c.MemberId);
}
