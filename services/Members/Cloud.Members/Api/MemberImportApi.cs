using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Import;
using Cloud.Members.Import;
using Cloud.Members.Security;
using Cloud.Persistence;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Cloud.ServiceDefaults.Uploads;
using Cloud.Spreadsheets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cloud.Members.Api;

/// <summary>
/// Roster import from .xlsx or .csv (multipart/form-data, field <c>file</c>): a preview that writes nothing; the import,
/// all or nothing in one transaction, which runs within the request and records its progress in <c>member_imports</c>
/// so that <c>GET /api/members/imports/{importId}</c> (any replica) can show a progress bar meanwhile. A page passes the
/// preview's <c>importId</c> (or any new id) to the import so it can poll from the moment it starts.
/// Re-importing a file: rows already in the county are errors, unless <c>existing=skip</c> skips them; either way no
/// member is ever registered twice (the national ID's keyed hash is unique per county).
/// </summary>
public static class MemberImportApi
{
    /// <summary>A 100,000-member roster is about 12 MB as .xlsx and 14 MB as CSV; the gateway's route allows 32 MiB too.</summary>
    public const long MaxImportBodyBytes = 32 * 1024 * 1024;

    public const string RefusedTitle = "导入文件有错误，未导入任何党员";

    public static IEndpointRouteBuilder MapMemberImportApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/members/imports").RequireAuthorization(CloudPolicies.CanManageMembers);
        imports.MapPost("/preview", Preview).WithMetadata(new RequestSizeLimitAttribute(MaxImportBodyBytes));
        imports.MapPost("/", Import).WithMetadata(new RequestSizeLimitAttribute(MaxImportBodyBytes));
        imports.MapGet("/{importId:guid}", Progress);
        return app;
    }

    public static async Task<Results<Ok<RosterPreviewResponse>, ValidationProblem>> Preview(
        HttpRequest request, string? existing, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (file, error) = await UploadedFile.ReadAsync(request, cancellationToken);
        if (file is null || !TryParseExisting(existing, out var skipExisting, out error))
        {
            return new Validation().Add(file is null ? "file" : "existing", error!).ToProblem();
        }

        var branches = BranchDirectory.Of(await db.OrganizationsVisibleTo(user).AsNoTracking().ToListAsync(cancellationToken));
        var roster = RosterReader.Read(file.Content, file.FileName, branches, Today(clock));
        if (roster.FileError is not null)
        {
            return new Validation().Add("file", roster.FileError).ToProblem();
        }

        var roll = await CountyRoll.LoadAsync(db, protector, cancellationToken);
        return TypedResults.Ok(RosterPreviewResponse.From(roster, RosterPlan.Of(roster, roll.Contains, skipExisting), branches));
    }

    public static async Task<Results<Created<RosterImportResponse>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, Guid? importId, string? existing, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector,
        IServiceScopeFactory scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryParseExisting(existing, out var skipExisting, out var existingError))
        {
            return new Validation().Add("existing", existingError).ToProblem();
        }

        await using var progress = new ImportProgress(scopes, db.Tenant.TenantId!, importId ?? Guid.CreateVersion7(), clock);
        var (file, error) = await UploadedFile.ReadAsync(request, cancellationToken);
        if (!await progress.StartAsync(user.FindFirst(CloudClaims.Subject)?.Value ?? "unknown", file?.FileName, skipExisting, cancellationToken))
        {
            return MemberProblems.Conflict("该导入编号已被使用，请使用新的编号", "importId");
        }

        try
        {
            var sheet = file is null ? Sheet.Unreadable(error!) : SpreadsheetFile.Read(file.Content, file.FileName, RosterLimits.RowsToRead);
            await progress.ReportAsync(ImportPhase.Checking, 0, sheet.Rows.Count);
            var branches = BranchDirectory.Of(await db.OrganizationsVisibleTo(user).AsNoTracking().ToListAsync(cancellationToken));
            var roster = RosterReader.Read(sheet, branches, Today(clock));
            if (roster.FileError is not null)
            {
                await progress.RefusedAsync(0, [new ImportRowError(0, "file", roster.FileError)]);
                return new Validation().Add("file", roster.FileError).ToProblem();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One import at a time per county, so the IDs checked here are still new when this one commits.
            await db.LockAsync("member-import", Guid.Empty, cancellationToken);
            var plan = RosterPlan.Of(roster, (await CountyRoll.LoadAsync(db, protector, cancellationToken)).Contains, skipExisting);
            await progress.ReportAsync(ImportPhase.Checking, plan.Rows, plan.Rows);
            if (!plan.IsValid)
            {
                await progress.RefusedAsync(plan.Rows, plan.Errors);
                return Refused(progress.ImportId, plan.Errors);
            }

            var imported = await RosterWriter.WriteAsync(db, plan, protector, clock.GetUtcNow(), progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await progress.SucceededAsync(plan.Rows, imported, plan.Skipped);
            return TypedResults.Created($"/api/members/imports/{progress.ImportId}", new RosterImportResponse(progress.ImportId, plan.Rows, imported, plan.Skipped));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A member registered one by one while the import ran (registration does not wait for the import's lock).
            await progress.FailedAsync();
            return MemberProblems.Conflict("导入期间有相同身份证号码的党员被登记，未导入任何党员，请重新导入", "file");
        }
        catch
        {
            await progress.FailedAsync();
            throw;
        }
    }

    public static async Task<Results<Ok<ImportProgressResponse>, NotFound>> Progress(
        Guid importId, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        // The county's organization department follows every import; others only their own.
        return import is not null && (user.IsInRole(CloudRoles.CountyAdmin) || import.StartedBy == user.FindFirst(CloudClaims.Subject)?.Value)
            ? TypedResults.Ok(ImportProgressResponse.From(import, clock.GetUtcNow()))
            : TypedResults.NotFound();
    }

    private static ProblemHttpResult Refused(Guid importId, IReadOnlyList<ImportRowError> errors) =>
        TypedResults.Problem(
            title: RefusedTitle, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["importId"] = importId, ["errorCount"] = errors.Count, ["rowErrors"] = errors });

    private static bool TryParseExisting(string? existing, out bool skip, out string error)
    {
        skip = string.Equals(existing, "skip", StringComparison.OrdinalIgnoreCase);
        error = "existing 只能是 skip（跳过本县已登记的党员）或 error（作为错误，默认）";
        return skip || existing is null || string.Equals(existing, "error", StringComparison.OrdinalIgnoreCase);
    }

    private static DateOnly Today(TimeProvider clock) => CountyCalendar.Today(clock);
}
