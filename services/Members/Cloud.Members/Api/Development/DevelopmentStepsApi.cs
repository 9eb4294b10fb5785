using System.Globalization;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Development;

/// <summary>Recording the decisions of a case: a step (by name or number 1–25), or its end before admission.</summary>
public static class DevelopmentStepsApi
{
    public static async Task<Results<Ok<DevelopmentCaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Record(
        Guid id, string step, StepRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (now, today) = (clock.GetUtcNow(), StepFields.Today(clock));
        if (!TryParseStep(step, out var parsed))
        {
            return new Validation().Add("step", $"步骤须为1至25，或 {EnumNames.Names<DevelopmentStep>()} 之一").ToProblem();
        }

        var c = await db.FindAsync(user, id, cancellationToken);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(parsed, today, out var record);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await db.DevelopmentSettingsAsync(cancellationToken);
        var named = record.MemberIds ?? [];
        var standings = named.Count == 0 ? [] : await db.Members.Where(m => named.Contains(m.Id))
            .Select(m => new MemberStanding(m.Id, m.Status == MembershipStatus.Full && m.State == MemberState.Current)).ToListAsync(cancellationToken);
        var previous = c.Stage;
        if (c.Record(parsed, record, settings, standings, DecisionSource.Manual, now) is { } refusal)
        {
            return DevelopmentCases.Refused(refusal);
        }

        if (await AdmissionMembership.ApplyAsync(db, user, c, parsed, now, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return await SaveAsync(db, c, previous, settings, now, today, cancellationToken);
    }

    public static Task<Results<Ok<DevelopmentCaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, ExitRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        CloseAsync(DevelopmentStage.Withdrawn, id, request, user, db, clock, cancellationToken);

    public static Task<Results<Ok<DevelopmentCaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> NotAdopt(
        Guid id, ExitRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        CloseAsync(DevelopmentStage.NotAdopted, id, request, user, db, clock, cancellationToken);

    private static async Task<Results<Ok<DevelopmentCaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CloseAsync(
        DevelopmentStage exit, Guid id, ExitRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (now, today) = (clock.GetUtcNow(), StepFields.Today(clock));
        var c = await db.FindAsync(user, id, cancellationToken);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(today);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var previous = c.Stage;
        var record = new StepRecord(request.DecidedOn!.Value, request.DecidingBody?.Trim(), request.DocumentNumber?.Trim(), request.Note?.Trim());
        if (c.Close(exit, record, now) is { } refusal)
        {
            return DevelopmentCases.Refused(refusal);
        }

        return await SaveAsync(db, c, previous, await db.DevelopmentSettingsAsync(cancellationToken), now, today, cancellationToken);
    }

    private static async Task<Results<Ok<DevelopmentCaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        MembersDbContext db, DevelopmentCase c, DevelopmentStage previous, DevelopmentSettings settings, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        if (c.Stage != previous)
        {
            db.Publish(DevelopmentStatistics.StageChanged(db.Tenant.TenantId!, c, previous, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DevelopmentCases.ChangedMeanwhile();
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return MemberProblems.Conflict("该身份证号码的党员已在本县登记", "nationalId");
        }

        var name = await db.OrganizationNameAsync(c.OrganizationId, cancellationToken);
        return TypedResults.Ok(DevelopmentCaseResponse.From(c, name, null, settings, today));
    }

    private static bool TryParseStep(string text, out DevelopmentStep step)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((DevelopmentStep)number))
        {
            step = (DevelopmentStep)number;
            return true;
        }

        return EnumNames.TryParse(text, out step);
    }
}
