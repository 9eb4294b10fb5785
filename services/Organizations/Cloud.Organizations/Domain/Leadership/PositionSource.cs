namespace Cloud.Organizations.Domain.Leadership;

/// <summary>How the holder came to the post; stored by name.</summary>
public enum PositionSource
{
    /// <summary>At the term's election, or by the committee for secretary and deputies (O18).</summary>
    Elected,

    /// <summary>补选: to fill a vacancy during the term (O19).</summary>
    ByElection,

    /// <summary>指派 / 选派: by the superior (O19), and always for first secretaries and instructors.</summary>
    Appointed,
}
