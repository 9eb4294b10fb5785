using System.Text.Json;
using Cloud.Members.Data;
using Cloud.Members.Domain.Import;
using Cloud.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Import;

/// <summary>
/// Writes an import's progress to its <see cref="MemberImport"/> row through a unit of work of its own, committed at
/// once, so that a progress query on any replica sees it while the import's own transaction is still open.
/// </summary>
public sealed class ImportProgress(IServiceScopeFactory scopes, string county, Guid importId, TimeProvider clock) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = scopes.CreateAsyncScope();
    private MembersDbContext? _db;

    public Guid ImportId => importId;

    /// <summary>Records the import as running; false when the id is already taken in the county.</summary>
    public async Task<bool> StartAsync(string startedBy, string? fileName, bool skipExisting, CancellationToken cancellationToken)
    {
        var db = Db();
        if (await db.Imports.AnyAsync(i => i.Id == importId, cancellationToken))
        {
            return false;
        }

        db.Imports.Add(MemberImport.Start(importId, startedBy, fileName, skipExisting, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    public Task ReportAsync(ImportPhase phase, int rowsDone, int rowsTotal) =>
        Db().Imports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Phase, phase)
            .SetProperty(i => i.RowsDone, rowsDone)
            .SetProperty(i => i.RowsTotal, rowsTotal)
            .SetProperty(i => i.UpdatedAt, clock.GetUtcNow()));

    public Task SucceededAsync(int rows, int imported, int skipped) =>
        FinishAsync(ImportStatus.Succeeded, rows, imported, skipped, []);

    public Task RefusedAsync(int rows, IReadOnlyList<ImportRowError> errors) =>
        FinishAsync(ImportStatus.Refused, rows, 0, 0, errors);

    public Task FailedAsync() => FinishAsync(ImportStatus.Failed, null, 0, 0, []);

    private Task<int> FinishAsync(ImportStatus status, int? rows, int imported, int skipped, IReadOnlyList<ImportRowError> errors)
    {
        var now = clock.GetUtcNow();
        var kept = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.Take(MemberImport.KeptErrors), JsonSerializerOptions.Web);
        // Not the request's token: a cancelled request still leaves its import finished.
        return Db().Imports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, status)
            .SetProperty(i => i.Phase, ImportPhase.Done)
            .SetProperty(i => i.RowsTotal, i => rows ?? i.RowsTotal)
            .SetProperty(i => i.RowsDone, i => status == ImportStatus.Succeeded ? rows ?? i.RowsDone : i.RowsDone)
            .SetProperty(i => i.Imported, imported)
            .SetProperty(i => i.Skipped, skipped)
            .SetProperty(i => i.ErrorCount, errors.Count)
            .SetProperty(i => i.Errors, kept)
            .SetProperty(i => i.UpdatedAt, now)
            .SetProperty(i => i.FinishedAt, now));
    }

    private MembersDbContext Db()
    {
        if (_db is null)
        {
            _db = _scope.ServiceProvider.GetRequiredService<MembersDbContext>();
            _db.Tenant.Set(county);
        }

        return _db;
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
