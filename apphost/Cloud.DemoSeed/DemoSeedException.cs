namespace Cloud.DemoSeed;

/// <summary>A seed failure we can explain in one message (what was called and what it answered), printed without a stack trace.</summary>
public sealed class DemoSeedException : Exception
{
    public DemoSeedException()
    {
    }

    public DemoSeedException(string message)
        : base(message)
    {
    }

    public DemoSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
