using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Settings;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>The county's settings for the rules that vary by county: readable by the county's readers, set by its CountyAdmin.</summary>
public static class CountySettingsApi
{
    public static IEndpointRouteBuilder MapCountySettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/settings").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/", GetSettings);
        api.MapPut("/", ChangeSettings).RequireAuthorization(CloudPolicies.CanManageUsers);
        return app;
    }

    public static async Task<Ok<CountySettingsResponse>> GetSettings(OrganizationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(CountySettingsResponse.From(await db.CountySettingsAsync(cancellationToken)));

    public static async Task<Results<Ok<CountySettingsResponse>, ValidationProblem, ProblemHttpResult>> ChangeSettings(
        CountySettingsRequest request, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate(out var values);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var settings = await db.CountySettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = CountySettings.Create(values!, clock.GetUtcNow());
            db.CountySettings.Add(settings);
        }
        else
        {
            settings.Change(values!, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return LeadershipResults.Conflict("本县设置刚被他人修改，请刷新后重试");
        }

        return TypedResults.Ok(CountySettingsResponse.From(settings));
    }
}
