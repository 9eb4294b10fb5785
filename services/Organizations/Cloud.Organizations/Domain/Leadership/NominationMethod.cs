namespace Cloud.Organizations.Domain.Leadership;

/// <summary>How the candidates were nominated (domain.md §1.1); stored by name.</summary>
public enum NominationMethod
{
    /// <summary>公推直选.</summary>
    OpenNominationDirectElection,

    /// <summary>两推一选.</summary>
    TwoRecommendationsOneElection,

    Other,
}
