namespace Cloud.Members.Domain.Development;

/// <summary>Who entered a decision: a person through the API, or the training service's completion event.</summary>
public enum DecisionSource
{
    Manual,
    TrainingService,
}
