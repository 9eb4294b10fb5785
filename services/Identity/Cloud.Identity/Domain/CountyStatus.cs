namespace Cloud.Identity.Domain;

public enum CountyStatus
{
    Active,

    /// <summary>Nobody of the county can sign in or refresh a token.</summary>
    Suspended,
}
