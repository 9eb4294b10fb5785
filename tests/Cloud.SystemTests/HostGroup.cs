namespace Cloud.SystemTests;

/// <summary>Hosts started together for a fixture and stopped in reverse order.</summary>
public abstract class HostGroup : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _hosts = [];

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }
    }

    protected T Track<T>(T host)
        where T : IAsyncDisposable
    {
        _hosts.Add(host);
        return host;
    }
}
