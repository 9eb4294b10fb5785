namespace Cloud.Testing;

/// <summary>Polls until a condition holds: messages cross a real broker, so effects arrive a little later.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string because)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds} s: {because} (last: {value})");
            }

            await Task.Delay(100);
        }
    }
}
