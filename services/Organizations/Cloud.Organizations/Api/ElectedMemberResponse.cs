using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Api;

public sealed record ElectedMemberResponse(Guid MemberId, int? Votes, string Role)
{
    public static ElectedMemberResponse From(ElectedMember result) => new(result.MemberId, result.Votes, result.Role.ToString());
}
