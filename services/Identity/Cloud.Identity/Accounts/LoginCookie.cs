namespace Cloud.Identity.Accounts;

/// <summary>The cookie of the sign-in page; <c>/connect/authorize</c> reads it to issue the Portal's code.</summary>
public static class LoginCookie
{
    public const string Scheme = "cloud-identity-login";

    public const string LoginPath = "/account/login";
}
