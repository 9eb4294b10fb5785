using Cloud.Members.Data;
using Cloud.Members.Domain.Transfers;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>The county's transfer setting: readable by its readers, set by its CountyAdmin.</summary>
public static class TransferSettingsApi
{
    public static async Task<Ok<TransferSettingsResponse>> Get(MembersDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TransferSettingsResponse(await db.OverdueAfterDaysAsync(cancellationToken)));

    public static async Task<Results<Ok<TransferSettingsResponse>, ValidationProblem>> Change(
        TransferSettingsRequest request, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.OverdueAfterDays is not { } days || days < TransferOverdueRule.MinDays || days > TransferOverdueRule.MaxDays)
        {
            return new Validation().Add("overdueAfterDays", $"超期天数应在{TransferOverdueRule.MinDays}到{TransferOverdueRule.MaxDays}之间").ToProblem();
        }

        var settings = await db.TransferSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.TransferSettings.Add(TransferSettings.Create(days, clock.GetUtcNow()));
        }
        else
        {
            settings.Change(days, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new TransferSettingsResponse(days));
    }
}
