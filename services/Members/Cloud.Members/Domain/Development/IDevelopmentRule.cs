namespace Cloud.Members.Domain.Development;

/// <summary>One admission rule: checks a step about to be recorded and says why not, or null.</summary>
public interface IDevelopmentRule
{
    DevelopmentRefusal? Check(StepContext context);
}
