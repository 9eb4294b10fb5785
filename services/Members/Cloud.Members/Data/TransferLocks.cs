using Cloud.Members.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

/// <summary>Row locks for transfer decisions, so a cancellation and an acceptance cannot both win (call inside a transaction).</summary>
public static class TransferLocks
{
    public static Task<OutgoingTransfer?> LockOutgoingTransferAsync(this MembersDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.OutgoingTransfers.FromSql($"SELECT * FROM outgoing_transfers WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    // Locks first, then loads through LINQ: FromSql does not map the complex Facts columns by their configured names.
    public static async Task<IncomingTransfer?> LockIncomingTransferAsync(this MembersDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM incoming_transfers WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.IncomingTransfers.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }
}
