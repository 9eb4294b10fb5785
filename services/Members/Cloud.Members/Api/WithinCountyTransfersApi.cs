using Cloud.Members.Domain.Transfers;
using Cloud.Members.Events;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Transfers inside the county (M28): immediate, every change kept in the member's affiliation history.</summary>
public static class WithinCountyTransfersApi
{
    public static async Task<Results<Ok<AffiliationHistoryResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Transfer(
        Guid id, WithinCountyTransferRequest request, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var reason = TransferLetter.Validate(validation, request.Reason, request.LetterNo, request.On, "on", s.Today);
        if (request.ToOrganizationId is not { } to || to == Guid.Empty)
        {
            validation.Add("toOrganizationId", "调入组织不能为空");
            return validation.ToProblem();
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        var movable = await s.LockMovableMemberAsync(id, cancellationToken);
        if (movable.Refusal is { } refusal)
        {
            return refusal;
        }

        if (movable.Member is not { } member)
        {
            return TypedResults.NotFound();
        }

        if (member.OrganizationId == to)
        {
            return validation.Add("toOrganizationId", "调入组织与现所在组织相同").ToProblem();
        }

        if (await MemberOrganizations.FindAsync(s.Db, s.User, to, cancellationToken) is not { } destination)
        {
            return await s.Db.Organizations.AnyAsync(o => o.OrganizationId == to && o.Status != OrganizationNode.Dissolved, cancellationToken)
                ? TransferProblems.DestinationOutsideScope()
                : validation.Add("toOrganizationId", "调入组织不存在或已撤销").ToProblem();
        }

        var from = member.OrganizationId;
        member.MoveTo(to, s.Now);
        var history = AffiliationHistory.WithinCounty(member.Id, from, to, reason!.Value, request.LetterNo!.Trim(), request.On!.Value, s.Now);
        s.Db.AffiliationHistory.Add(history);
        s.Db.Publish(TransferEvents.Transferred(s.County, member, TransferDirection.WithinCounty, history.Reason, history.TransferredOn, from, to, null, s.Now));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var fromName = await s.Db.Organizations.Where(o => o.OrganizationId == from).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(AffiliationHistoryResponse.From(history, new Dictionary<Guid, string> { [from] = fromName ?? string.Empty, [to] = destination.Name }));
    }

    /// <summary>The member's affiliation history, oldest first (a member transferred in starts at the acceptance).</summary>
    public static async Task<Results<Ok<List<AffiliationHistoryResponse>>, NotFound>> History(
        Guid id, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        var visible = s.Db.OrganizationsVisibleTo(s.User);
        if (!await s.Db.Members.AnyAsync(m => m.Id == id && visible.Any(o => o.OrganizationId == m.OrganizationId), cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var history = await s.Db.AffiliationHistory.AsNoTracking().Where(h => h.MemberId == id)
            .OrderBy(h => h.TransferredOn).ThenBy(h => h.RecordedAt).ToListAsync(cancellationToken);
        var ids = history.SelectMany(h => new[] { h.FromOrganizationId, h.ToOrganizationId }).OfType<Guid>().Distinct().ToList();
        var names = await s.Db.Organizations.AsNoTracking().Where(o => ids.Contains(o.OrganizationId))
            .ToDictionaryAsync(o => o.OrganizationId, o => o.Name, cancellationToken);
        return TypedResults.Ok(history.Select(h => AffiliationHistoryResponse.From(h, names)).ToList());
    }
}
