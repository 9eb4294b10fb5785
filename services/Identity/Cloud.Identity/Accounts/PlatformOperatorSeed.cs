using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Cloud.Identity.Accounts;

/// <summary>
/// When <c>Identity:BootstrapAdminPassword</c> is set, makes sure the platform operator <c>platform</c> (realm 000000,
/// role PlatformAdmin) exists; an existing one is left as it is.
/// </summary>
public sealed class PlatformOperatorSeed(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<PlatformOperatorSeed> logger) : IHostedService
{
    public const string Login = "platform";
    public const string PasswordSetting = "Identity:BootstrapAdminPassword";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration[PasswordSetting] is not { Length: > 0 } password)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CloudUser>>();
        db.Tenant.Set(Realm.Platform);
        if (await users.FindByNameAsync(Login) is not null)
        {
            return;
        }

        var user = CloudUser.Create(Login, "平台管理员", null, RoleAssignment.From([CloudRoles.PlatformAdmin], null, null), clock.GetUtcNow());
        try
        {
            var result = await users.CreateAsync(user, password);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                logger.LogInformation("Platform operator {Login} was created by another replica", Login);
                return;
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{PasswordSetting} is not accepted: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            }

            logger.LogInformation("Platform operator {Login} created", Login);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            logger.LogInformation("Platform operator {Login} was created by another replica", Login);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
