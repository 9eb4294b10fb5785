using Microsoft.Extensions.Configuration;

namespace Cloud.DemoSeed;

/// <summary>
/// What the seed is told, Aspire-style: the gateway's address (<c>services__gateway__http__0</c>), the folder kept
/// between runs (<c>DemoSeed__DataDirectory</c>: passwords, the done marker, the token) and <c>DemoSeed__Force</c> to
/// seed the organizations again although the marker says it was done.
/// </summary>
public sealed record DemoSeedOptions(Uri Gateway, string DataDirectory, bool Force)
{
    public const string GatewayKey = "services:gateway:http:0";
    public const string DataDirectoryKey = "DemoSeed:DataDirectory";
    public const string ForceKey = "DemoSeed:Force";

    public string PasswordsDirectory => Path.Combine(DataDirectory, "passwords");

    public string MarkerPath => Path.Combine(DataDirectory, "demo-seeded");

    public string TokenPath => Path.Combine(DataDirectory, "demo-token");

    /// <summary>The gateway's origin without a trailing slash, as the paths are appended to it.</summary>
    public string GatewayOrigin => Gateway.GetLeftPart(UriPartial.Authority);

    public static DemoSeedOptions From(IConfiguration configuration)
    {
        var gateway = configuration[GatewayKey];
        if (!Uri.TryCreate(gateway, UriKind.Absolute, out var gatewayUri) || gatewayUri.Scheme is not ("http" or "https"))
        {
            throw new DemoSeedException(
                $"the gateway's address is missing or not a URL: set services__gateway__http__0 (e.g. http://127.0.0.1:18000), got '{gateway}'");
        }

        var data = configuration[DataDirectoryKey];
        if (string.IsNullOrWhiteSpace(data))
        {
            throw new DemoSeedException("the data folder is missing: set DemoSeed__DataDirectory (the repository's .data, kept between runs)");
        }

        var force = configuration[ForceKey];
        if (force is not null && !bool.TryParse(force, out _))
        {
            throw new DemoSeedException($"DemoSeed__Force must be true or false, got '{force}'");
        }

        return new(gatewayUri, Path.GetFullPath(data), force is not null && bool.Parse(force));
    }
}
