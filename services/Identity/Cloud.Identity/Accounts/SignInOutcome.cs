using Cloud.Identity.Domain;

namespace Cloud.Identity.Accounts;

/// <summary>The result of a password sign-in. Failures carry one message whatever went wrong, so a login's existence never shows.</summary>
public sealed record SignInOutcome(CloudUser? User, string Realm, string? Error)
{
    public const string InvalidCredentials = "用户名或密码错误";
    public const string LockedOut = "登录失败次数过多，请15分钟后再试";

    public bool Succeeded => User is not null;

    public static SignInOutcome Success(CloudUser user, string realm) => new(user, realm, null);

    public static SignInOutcome Failed(string realm) => new(null, realm, InvalidCredentials);

    public static SignInOutcome Locked(string realm) => new(null, realm, LockedOut);
}
