using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Security;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Import;

/// <summary>The national IDs already on the county's roll, as keyed hashes (the only form they can be compared in).</summary>
public sealed class CountyRoll
{
    private readonly HashSet<string> _hashes;
    private readonly NationalIdProtector _protector;

    private CountyRoll(HashSet<string> hashes, NationalIdProtector protector)
    {
        _hashes = hashes;
        _protector = protector;
    }

    /// <summary>Every record but transferred-out stubs, as the unique index counts them.</summary>
    public static async Task<CountyRoll> LoadAsync(MembersDbContext db, NationalIdProtector protector, CancellationToken cancellationToken)
    {
        var hashes = await db.Members.AsNoTracking().Where(m => m.State != MemberState.TransferredOut).Select(m => m.NationalIdHash).ToListAsync(cancellationToken);
        return new CountyRoll([.. hashes.Select(Convert.ToBase64String)], protector);
    }

    public bool Contains(NationalId id) => _hashes.Contains(Convert.ToBase64String(_protector.Hash(id)));
}
