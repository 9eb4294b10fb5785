namespace Cloud.Organizations.Domain.Leadership;

/// <summary>How a term's committee came to be (domain.md §3.1 Term); stored by name.</summary>
public enum ElectionMethod
{
    /// <summary>党员大会: all members vote.</summary>
    MemberAssembly,

    /// <summary>党员代表大会: representatives vote; for organizations of 500 members or more (O7).</summary>
    RepresentativeCongress,

    /// <summary>指派: the superior appointed the secretary because an election was not possible (O19).</summary>
    Appointment,
}
