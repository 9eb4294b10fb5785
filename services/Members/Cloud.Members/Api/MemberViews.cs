using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Access;
using Cloud.Members.Domain.Members;
using Cloud.Members.Security;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Members.Api;

/// <summary>
/// Every answer that shows a member's full record goes through here: the national ID whole or masked as
/// <see cref="MemberAccess"/> decides, and a row in the access log (who looked) when the reader is not the member.
/// The caller saves the row in the same request.
/// </summary>
public static class MemberViews
{
    public static MemberResponse Show(MembersDbContext db, ClaimsPrincipal user, PartyMember member, string? organizationName, NationalIdProtector protector, DateTimeOffset now)
    {
        var whole = MemberAccess.MaySeeNationalId(user, member.Id) && member.NationalIdCiphertext.Length > 0; // a transferred-out stub keeps no sealed ID
        if (!MemberAccess.IsSelf(user, member.Id))
        {
            db.AccessLog.Add(MemberAccessLogEntry.Record(member.Id, user.FindFirst(CloudClaims.Subject)?.Value ?? "unknown", user.FindFirst(CloudClaims.Name)?.Value,
                MemberAccess.ReadingRole(user), now, ShownFields.Of(whole, member.Phone is not null, member.Address is not null)));
        }

        return MemberResponse.From(member, organizationName, whole ? protector.Reveal(member.NationalId) : null, CountyCalendar.DateOf(now));
    }
}
