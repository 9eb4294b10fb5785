using System.Security.Claims;
using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api.Development;

/// <summary>
/// What the deciding steps mean for the member record: the committee's approval creates a probationary member
/// (M23: 自通过之日起即取得党籍), the confirmation makes them full (党龄 from the end of probation, M20), a cancellation
/// ends the record (取消预备党员资格).
/// </summary>
public static class AdmissionMembership
{
    /// <summary>Who decides a 转正 when the approval step names no body: the superior Party committee (M19).</summary>
    private const string DefaultApprovingBody = "上级党委";

    public static async Task<ProblemHttpResult?> ApplyAsync(MembersDbContext db, ClaimsPrincipal user, DevelopmentCase c, DevelopmentStep step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (step == DevelopmentStep.CommitteeApproval)
        {
            return await AdmitAsync(db, c, now, cancellationToken);
        }

        if (step != DevelopmentStep.ConfirmationApproval || c.MemberId is not { } memberId
            || await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) is not { } member)
        {
            return null;
        }

        // The same decision as the member record's own 转正 (MemberDecisions), so its history and events are the same too.
        var approval = c.Latest(DevelopmentStep.ConfirmationApproval)!;
        var decision = new MemberDecision(approval.DecidedOn, approval.DecidingBody ?? DefaultApprovingBody, approval.DocumentNumber);
        if (c.Stage == DevelopmentStage.Full && member.Status == MembershipStatus.Probationary)
        {
            MemberDecisions.Confirm(db, user, member, decision, c.ConfirmedOn ?? approval.DecidedOn, now);
        }
        else if (c.Stage == DevelopmentStage.ProbationCancelled && member.State == MemberState.Current)
        {
            MemberDecisions.CancelProbation(db, user, member, decision, now);
        }

        return null;
    }

    private static async Task<ProblemHttpResult?> AdmitAsync(MembersDbContext db, DevelopmentCase c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = c.NationalIdHash;
        if (await db.Members.AnyAsync(m => m.NationalIdHash == hash && m.State != MemberState.TransferredOut, cancellationToken))
        {
            return MemberProblems.Conflict("该身份证号码的党员已在本县登记", "nationalId");
        }

        var facts = new MemberFacts(
            c.Gender, c.Ethnicity, c.BirthDate, c.Education, c.Occupation, EmploymentStatus.Active, MembershipStatus.Probationary,
            AdmissionApprovedOn: c.StageSince, ProbationStartOn: c.Latest(DevelopmentStep.AdmissionVote)!.DecidedOn, ConfirmedOn: null,
            c.OrganizationId, PartyGroupId: null, WorkUnitId: null, IsLeadingCadre: false, PostResponsibility: null, Phone: null, Address: null);
        var member = PartyMember.Register(Guid.NewGuid(), c.Name, c.NationalId, facts, now);
        db.Members.Add(member);
        c.AssignMember(member.Id);
        db.Publish(new MemberRegistered(db.Tenant.TenantId!, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member)));
        return null;
    }
}
