namespace Cloud.AppHost;

/// <summary>A startup failure we can explain in one message, so it is printed without a stack trace.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
