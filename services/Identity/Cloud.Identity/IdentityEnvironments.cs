namespace Cloud.Identity;

/// <summary>Where the conveniences for developers and tests (password grant, keys made at start-up, plain HTTP) are allowed.</summary>
public static class IdentityEnvironments
{
    public const string Testing = nameof(Testing);

    public static bool IsDevelopmentOrTesting(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
