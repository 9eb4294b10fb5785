using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// One run of the seed: wait for the platform, onboard the county, build the tree once (the marker) or when forced, add
/// the members and admission cases when the county has none, leave a fresh admin token, and say how to sign in.
/// </summary>
public sealed class DemoSeedRun(HttpClient http, DemoSeedOptions options, ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var origin = options.GatewayOrigin;
        Directory.CreateDirectory(options.DataDirectory);
        var passwords = new DemoPasswords(options.PasswordsDirectory);
        var identity = new IdentityClient(http, origin);
        var waiter = new PlatformWaiter(http, origin, logger);
        var seed = new DemoSeed(http, origin, identity, passwords, logger);

        var platformToken = await waiter.TokenWhenReadyAsync(identity, DemoCounty.PlatformLogin, passwords.Platform, cancellationToken);
        var token = await seed.OnboardAsync(platformToken, cancellationToken);
        await waiter.WaitForServicesAsync(token, cancellationToken);

        if (options.Force || !File.Exists(options.MarkerPath))
        {
            logger.LogInformation("Seeding demo county {County} ({Name}) through {Gateway}{Forced}", DemoCounty.Code, DemoCounty.DisplayName, origin, options.Force ? " (forced)" : string.Empty);
            await seed.RunAsync(token, cancellationToken);
            await File.WriteAllTextAsync(options.MarkerPath, $"{DateTimeOffset.Now:O} county {DemoCounty.Code}\n", cancellationToken);
        }
        else
        {
            logger.LogInformation("Organizations were seeded before ({Marker}); DemoSeed__Force=true seeds them again", options.MarkerPath);
        }

        // The members on every run: the import adds nothing when the county has members already.
        var api = new CountyApi(http, origin, await seed.AdminTokenAsync(cancellationToken));
        var organizations = await DemoSeed.ExistingAsync(api, cancellationToken);
        await new DemoMemberSeed(api, logger).RunAsync(organizations, cancellationToken);
        if (organizations.TryGetValue(DemoTree.CaseBranch, out var branch))
        {
            await new DemoDevelopmentSeed(api, logger).RunAsync(branch, cancellationToken);
        }

        PrivateFile.Write(options.TokenPath, await seed.AdminTokenAsync(cancellationToken) + "\n");
        logger.LogInformation("Demo county {County} ({Name}) is ready ({Seconds:0.0} s)", DemoCounty.Code, DemoCounty.DisplayName, clock.Elapsed.TotalSeconds);
        PrintSignIn(passwords);
    }

    private void PrintSignIn(DemoPasswords passwords)
    {
        var origin = options.GatewayOrigin;
        var admin = DemoCounty.SignInName(DemoCounty.AdminLogin);
        string[] lines =
        [
            $"Sign in at {origin}/account/login (区县代码 {DemoCounty.Code}); passwords are in {passwords.Directory}/<login>:",
            $"  platform operator: {DemoCounty.PlatformLogin} (区县代码 blank)",
            $"  county admin:      {DemoCounty.AdminLogin} (CountyAdmin)",
            .. DemoCounty.Users.Select(u => $"  {u.DisplayName}: {u.Login} ({u.Role})"),
            $"An access token of {admin} (15 minutes) is in {options.TokenPath}; a new one:",
            $"  curl -s {origin}/connect/token -d grant_type=password -d client_id=cloud-portal -d username={admin} --data-urlencode password=$(cat {passwords.Directory}/{DemoCounty.AdminLogin})",
        ];
        logger.LogInformation("{SignIn}", string.Join(Environment.NewLine, lines));
    }
}
