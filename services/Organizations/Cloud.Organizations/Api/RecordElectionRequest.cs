using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>
/// A held election (method MemberAssembly or RepresentativeCongress) or an appointment (method Appointment, O19), which
/// starts the organization's next term. Voter and candidate numbers are for elections only; <c>approvalDocNo</c> is
/// the superior's document for an early election or an appointment; <c>termNumber</c> defaults to the next one.
/// </summary>
public sealed record RecordElectionRequest(
    DateOnly? ElectedOn,
    string? Method,
    IReadOnlyList<ElectedMemberRequest?>? Results,
    string? NominationMethod = null,
    int? EligibleVoters = null,
    int? VotersPresent = null,
    int? SeatsToElect = null,
    int? Candidates = null,
    int? TermNumber = null,
    string? ApprovalDocNo = null,
    DateOnly? SuperiorApprovalOn = null,
    DateOnly? FilingOn = null)
{
    public const int MaxResults = 50;

    public const int MaxVoters = 100_000;

    private static readonly PositionRole[] CommitteeRoles = [.. Enum.GetValues<PositionRole>().Where(PositionRoles.IsCommittee)];

    public Validation Validate(DateOnly today, out ElectionRecord? election)
    {
        var validation = new Validation().RequirePastDate("electedOn", ElectedOn, "选举日期", today);
        election = null;
        if (!EnumNames.TryParse(Method, out ElectionMethod method))
        {
            validation.Add("method", $"选举方式必须是 {EnumNames.Names<ElectionMethod>()} 之一");
        }

        var appointment = method == ElectionMethod.Appointment;
        NominationMethod? nomination = null;
        if (appointment)
        {
            RefuseVotingFields(validation);
        }
        else
        {
            nomination = ValidateVoting(validation);
        }

        var results = ValidateResults(validation, appointment);
        if (ApprovalDocNo is { Length: > Term.MaxDocNoLength })
        {
            validation.Add("approvalDocNo", $"批准文号不能超过{Term.MaxDocNoLength}个字符");
        }

        if (TermNumber is < 1 or > 1000)
        {
            validation.Add("termNumber", "届次须在1到1000之间");
        }

        validation.PastDate("superiorApprovalOn", SuperiorApprovalOn, "上级批准日期", today).PastDate("filingOn", FilingOn, "备案日期", today);
        if (SuperiorApprovalOn < ElectedOn)
        {
            validation.Add("superiorApprovalOn", "上级批准日期不能早于选举日期");
        }

        if (FilingOn < ElectedOn)
        {
            validation.Add("filingOn", "备案日期不能早于选举日期");
        }

        if (validation.IsValid)
        {
            election = new ElectionRecord(
                ElectedOn!.Value, method, nomination, EligibleVoters, VotersPresent, SeatsToElect, Candidates, results, TermNumber,
                string.IsNullOrWhiteSpace(ApprovalDocNo) ? null : ApprovalDocNo.Trim(), SuperiorApprovalOn, FilingOn);
        }

        return validation;
    }

    private void RefuseVotingFields(Validation validation)
    {
        foreach (var (field, value) in new (string, object?)[]
        {
            ("nominationMethod", NominationMethod), ("eligibleVoters", EligibleVoters), ("votersPresent", VotersPresent),
            ("seatsToElect", SeatsToElect), ("candidates", Candidates),
        })
        {
            if (value is not null)
            {
                validation.Add(field, "指派不填写选举情况");
            }
        }
    }

    private NominationMethod? ValidateVoting(Validation validation)
    {
        NominationMethod? nomination = null;
        if (NominationMethod is not null)
        {
            if (EnumNames.TryParse(NominationMethod, out NominationMethod parsed))
            {
                nomination = parsed;
            }
            else
            {
                validation.Add("nominationMethod", $"提名方式必须是 {EnumNames.Names<NominationMethod>()} 之一");
            }
        }

        Count(validation, "eligibleVoters", EligibleVoters, "应到会有选举权人数", min: 1, MaxVoters);
        Count(validation, "votersPresent", VotersPresent, "实到会人数", min: 0, MaxVoters);
        Count(validation, "seatsToElect", SeatsToElect, "应选人数", min: 1, MaxResults);
        Count(validation, "candidates", Candidates, "候选人数", min: 1, MaxVoters);
        if (VotersPresent > EligibleVoters)
        {
            validation.Add("votersPresent", "实到会人数不能多于应到会人数");
        }

        if (Results?.Count > SeatsToElect)
        {
            validation.Add("results", $"当选人数不能多于应选人数（{SeatsToElect}）");
        }

        if (Results?.Count > Candidates)
        {
            validation.Add("candidates", "候选人数不能少于当选人数");
        }

        return nomination;
    }

    private List<ElectedMember> ValidateResults(Validation validation, bool appointment)
    {
        var results = new List<ElectedMember>();
        if (Results is null || Results.Count == 0)
        {
            validation.Add("results", appointment ? "请填写指派的书记" : "请填写当选人");
            return results;
        }

        if (Results.Count > MaxResults)
        {
            validation.Add("results", $"当选人数不能超过{MaxResults}");
            return results;
        }

        for (var i = 0; i < Results.Count; i++)
        {
            if (ValidateResult(validation, i, appointment) is { } result)
            {
                results.Add(result);
            }
        }

        if (results.GroupBy(r => r.MemberId).Any(g => g.Count() > 1))
        {
            validation.Add("results", "同一党员不能重复当选");
        }

        if (results.Count(r => r.Role == PositionRole.Secretary) > 1)
        {
            validation.Add("results", "只能有一名书记");
        }

        return results;
    }

    private ElectedMember? ValidateResult(Validation validation, int i, bool appointment)
    {
        var field = $"results[{i}]";
        if (Results![i] is not { } result)
        {
            validation.Add(field, "当选人不能为空");
            return null;
        }

        var valid = true;
        if (result.MemberId is null || result.MemberId == Guid.Empty)
        {
            valid = false;
            validation.Add($"{field}.memberId", "请填写党员编号");
        }

        var role = PositionRole.CommitteeMember;
        if (result.Role is not null && !(EnumNames.TryParse(result.Role, out role) && PositionRoles.IsCommittee(role)))
        {
            valid = false;
            validation.Add($"{field}.role", $"职务必须是 {EnumNames.Names(CommitteeRoles)} 之一");
        }

        if (appointment && result.Votes is not null)
        {
            valid = false;
            validation.Add($"{field}.votes", "指派不填写得票数");
        }
        else if (!appointment && (result.Votes is null || result.Votes < 0 || result.Votes > VotersPresent))
        {
            valid = false;
            validation.Add($"{field}.votes", "得票数须在0到实到会人数之间");
        }

        return valid ? new ElectedMember(result.MemberId!.Value, result.Votes, role) : null;
    }

    private static void Count(Validation validation, string field, int? value, string label, int min, int max)
    {
        if (value is null)
        {
            validation.Add(field, $"{label}不能为空");
        }
        else if (value < min || value > max)
        {
            validation.Add(field, $"{label}须在{min}到{max}之间");
        }
    }
}
