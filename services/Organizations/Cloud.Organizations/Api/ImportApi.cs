using System.Security.Claims;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Import;
using Cloud.Organizations.Domain.Leadership;
using Cloud.Organizations.Events;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Cloud.ServiceDefaults.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>
/// Import of a county's organization list from .xlsx or .csv (multipart/form-data, one field <c>file</c>): a preview
/// that writes nothing, and the import itself, all or nothing in one transaction.
/// </summary>
public static class ImportApi
{
    /// <summary>A 5,000-row list is about 0.3 MB as .xlsx and 0.6 MB as CSV; long names can pass the 1 MiB default.</summary>
    public const long MaxImportBodyBytes = 8 * 1024 * 1024;

    public const string RefusedTitle = "导入文件有错误，未导入任何组织";

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/organizations/imports")
            .RequireAuthorization(CloudPolicies.CanManageOrganizations)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBodyBytes));
        imports.MapPost("/preview", PreviewImport);
        imports.MapPost("/", ImportOrganizations);
        return app;
    }

    public static async Task<Results<Ok<ImportPreviewResponse>, ValidationProblem>> PreviewImport(
        HttpRequest request, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (list, refused) = await ReadListAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var existing = await db.Organizations.AsNoTracking().ToListAsync(cancellationToken);
        var plan = OrganizationImportPlanner.Plan(list, existing, user.OrganizationScope(), clock.GetUtcNow());
        return TypedResults.Ok(ImportPreviewResponse.From(list, plan));
    }

    public static async Task<Results<Created<ImportResponse>, ValidationProblem, ProblemHttpResult>> ImportOrganizations(
        HttpRequest request, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (list, refused) = await ReadListAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One import at a time per county, so the names checked here are still unique when this one commits.
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"organization-import:" + db.Tenant.TenantId}, 0))", cancellationToken);
        var existing = await db.Organizations.AsNoTracking().ToListAsync(cancellationToken);
        var plan = OrganizationImportPlanner.Plan(list, existing, user.OrganizationScope(), clock.GetUtcNow());
        if (!plan.IsValid)
        {
            return TypedResults.Problem(
                title: RefusedTitle, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["rowErrors"] = plan.Errors });
        }

        // Only new rows are tracked: looking for changes in 7,000 of them on every Add and Publish is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Organizations.AddRange(plan.Organizations.Select(p => p.Organization));
        foreach (var planned in plan.Organizations)
        {
            db.Publish(OrganizationEvents.Registered(db.Tenant.TenantId!, planned.Organization));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The secretaries (and group leaders) the list names, after the organizations they hold posts in.
        var now = clock.GetUtcNow();
        foreach (var leadership in plan.Organizations.Select(p => p.Leadership).OfType<OrganizationLeadership>())
        {
            db.AddRange(leadership.Created);
            foreach (var change in leadership.Changes)
            {
                LeadershipEvents.Publish(db, change, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created("/api/organizations", ImportResponse.From(plan));
    }

    /// <summary>The uploaded list, or a 400 problem naming what is wrong with the file as a whole.</summary>
    private static async Task<(OrganizationList List, ValidationProblem? Refused)> ReadListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (file, error) = await UploadedFile.ReadAsync(request, cancellationToken);
        if (file is null)
        {
            return Refuse(error!);
        }

        var list = OrganizationListReader.Read(file.Content, file.FileName);
        return list.FileError is { } fileError ? Refuse(fileError) : (list, null);
    }

    private static (OrganizationList, ValidationProblem) Refuse(string message) =>
        (OrganizationList.Refused(message), new Validation().Add("file", message).ToProblem());
}
