namespace Cloud.Portal.Api.Administration;

/// <summary>A county on the platform (Identity's CountyResponse).</summary>
public sealed record CountyAccount(string Code, string Name, string City, string Status, DateTimeOffset CreatedAt)
{
    public bool IsSuspended => Status == "Suspended";

    public string StatusText => IsSuspended ? "已停用" : "正常";
}

/// <summary>POST /api/identity/counties.</summary>
public sealed record OnboardCountyRequest(string? Code, string? Name);

/// <summary>POST /api/identity/clients, and its answer: the secret is shown once.</summary>
public sealed record CreateClientRequest(string? DisplayName, string? County, string? City);

public sealed record CreatedClient(string ClientId, string ClientSecret, string DisplayName, string? County, string? City);
