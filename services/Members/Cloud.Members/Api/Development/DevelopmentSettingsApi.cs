using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Development;

/// <summary>The county's development settings (M11 public notice, M22 推优 age): read by the county's readers, set by its CountyAdmin.</summary>
public static class DevelopmentSettingsApi
{
    public static async Task<Ok<DevelopmentSettingsResponse>> Get(MembersDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(DevelopmentSettingsResponse.From(await db.DevelopmentSettingsAsync(cancellationToken)));

    public static async Task<Results<Ok<DevelopmentSettingsResponse>, ValidationProblem, ProblemHttpResult>> Change(
        DevelopmentSettingsRequest request, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate();
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var (days, age) = (request.PublicNoticeWorkingDays!.Value, request.LeagueRecommendationMaxAge!.Value);
        var settings = await db.DevelopmentSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = DevelopmentSettings.Create(days, age, clock.GetUtcNow());
            db.DevelopmentSettings.Add(settings);
        }
        else
        {
            settings.Change(days, age, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(title: "本县设置刚被他人修改，请刷新后重试", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(DevelopmentSettingsResponse.From(settings));
    }
}
