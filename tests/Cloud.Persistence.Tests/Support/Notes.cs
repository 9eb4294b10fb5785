using Cloud.Contracts.Organizations;

namespace Cloud.Persistence.Tests.Support;

/// <summary>A unit of work as an endpoint does it: a note and its event, saved together, committed or rolled back.</summary>
public static class Notes
{
    public static async Task<Note> WriteAsync(PersistenceHost host, string county, bool commit = true)
    {
        await using var unit = host.Unit(county, out var db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var note = new Note { Text = "事务测试支部" };
        db.Notes.Add(note);
        db.Publish(new OrganizationRegistered(county, Guid.NewGuid(), DateTimeOffset.UtcNow, note.Id, note.Text, "Branch", null));
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return note;
    }
}
