using Cloud.Identity.Domain;

namespace Cloud.Identity.Api;

public sealed record CountyResponse(string Code, string Name, string City, string Status, DateTimeOffset CreatedAt)
{
    public static CountyResponse From(County county) => new(county.Code, county.Name, county.City, county.Status.ToString(), county.CreatedAt);
}

public sealed record UserResponse(
    Guid Id, string Login, string DisplayName, string? Phone, string Status, IReadOnlyList<string> Roles, Guid? OrgScope, string? City, DateTimeOffset CreatedAt, Guid? MemberId)
{
    public static UserResponse From(CloudUser user) =>
        new(user.Id, user.Login, user.DisplayName, user.Phone, user.Status.ToString(), user.Roles, user.OrgScope, user.City, user.CreatedAt, user.MemberId);
}

public sealed record AuditRecordResponse(Guid Id, DateTimeOffset At, string Action, string? ActorId, string? ActorName, string? ClientIp, string? Target)
{
    public static AuditRecordResponse From(AuditRecord record) =>
        new(record.Id, record.At, record.Action.ToString(), record.ActorId, record.ActorName, record.ClientIp, record.Target);
}

/// <summary>The secret is shown once, here; Identity keeps only its hash.</summary>
public sealed record ClientCreatedResponse(string ClientId, string ClientSecret, string DisplayName, string? County, string? City);
