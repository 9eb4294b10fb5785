namespace Cloud.Organizations.Domain.Leadership;

/// <summary>Which posts belong to the committee, which are assignments from above, and which have one holder at a time.</summary>
public static class PositionRoles
{
    /// <summary>Posts of the elected committee (书记, 副书记, 委员); they end when the term ends.</summary>
    public static bool IsCommittee(PositionRole role) =>
        role is not (PositionRole.GroupLeader or PositionRole.FirstSecretary or PositionRole.PartyBuildingInstructor);

    /// <summary>Cadres sent by a higher organ (第一书记, 党建指导员): appointed, with the sending unit, outside the committee.</summary>
    public static bool IsAssignment(PositionRole role) =>
        role is PositionRole.FirstSecretary or PositionRole.PartyBuildingInstructor;

    /// <summary>Posts with at most one current holder in an organization.</summary>
    public static bool HasOneHolder(PositionRole role) =>
        role is PositionRole.Secretary or PositionRole.GroupLeader or PositionRole.FirstSecretary;

    /// <summary>How the secretary was found, for the vacancy it fills.</summary>
    public static VacancyFilledBy FilledBy(PositionSource source) => source switch
    {
        PositionSource.ByElection => VacancyFilledBy.ByElection,
        PositionSource.Appointed => VacancyFilledBy.Appointment,
        _ => VacancyFilledBy.Election,
    };
}
