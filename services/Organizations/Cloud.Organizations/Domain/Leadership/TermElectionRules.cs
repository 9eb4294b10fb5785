using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 换届选举: the checks on a reported election before it starts a term — the named rules O7, O8, O14–O17 and O19 applied
/// to the election and the organization's terms so far. Violations refuse it; the advisory rules add warnings.
/// </summary>
public static class TermElectionRules
{
    /// <summary>Checks <paramref name="election"/>; returns whether it is an early election (提前换届).</summary>
    public static bool Check(
        ElectionRecord election, OrganizationType type, IReadOnlyList<Term> terms, IReadOnlyList<CommitteePosition> currentPositions,
        CountySettings settings, LeadershipOutcome outcome)
    {
        CheckOrder(election, terms, currentPositions, outcome);
        var early = CheckTiming(election, terms.FirstOrDefault(t => t.ClosedOn is null), settings, outcome);
        if (election.Method == ElectionMethod.Appointment)
        {
            CheckAppointment(election, outcome);
        }
        else
        {
            CheckVoting(election, settings, outcome);
        }

        if (BranchCommitteeRule.IsTooLargeForBranch(type, election.SeatsToElect ?? election.Results.Count))
        {
            outcome.Warn($"支部委员会一般由3至5人组成，最多不超过{BranchCommitteeRule.MaximumBranchCommittee}人");
        }

        return early;
    }

    private static void CheckOrder(ElectionRecord election, IReadOnlyList<Term> terms, IReadOnlyList<CommitteePosition> currentPositions, LeadershipOutcome outcome)
    {
        if (terms.MaxBy(t => t.TermNumber) is { } latest)
        {
            if (election.ElectedOn <= latest.StartedOn)
            {
                outcome.Refuse("electedOn", $"选举日期须晚于第{latest.TermNumber}届的开始日期（{latest.StartedOn:yyyy-MM-dd}）");
            }

            if (election.TermNumber is { } number && number <= latest.TermNumber)
            {
                outcome.Refuse("termNumber", $"届次须大于已登记的第{latest.TermNumber}届");
            }
        }

        // The new term ends the current committee on the election day, which cannot come before they took office.
        var lastStart = currentPositions.Where(p => PositionRoles.IsCommittee(p.Role)).Select(p => (DateOnly?)p.StartedOn).Max();
        if (lastStart is not null && election.ElectedOn < lastStart)
        {
            outcome.Refuse("electedOn", $"选举日期早于现任委员的任职日期（{lastStart:yyyy-MM-dd}）");
        }
    }

    // O14: an election before the open term's planned end is early; more than the county's limit ahead is refused.
    private static bool CheckTiming(ElectionRecord election, Term? open, CountySettings settings, LeadershipOutcome outcome)
    {
        if (open is null || !TermAdjustmentRule.IsEarly(election.ElectedOn, open.PlannedEndOn))
        {
            return false;
        }

        var earliest = TermAdjustmentRule.EarliestEarlyElection(open.PlannedEndOn, settings.MaxTermAdjustmentMonths);
        if (election.ElectedOn < earliest)
        {
            outcome.Refuse("electedOn", $"第{open.TermNumber}届任期至{open.PlannedEndOn:yyyy-MM-dd}届满，提前换届不得超过{settings.MaxTermAdjustmentMonths}个月（最早{earliest:yyyy-MM-dd}）");
            return false;
        }

        if (election.ApprovalDocNo is null)
        {
            outcome.Refuse("approvalDocNo", "提前换届须经上级党组织批准，请填写批准文号");
        }

        return true;
    }

    // O19: the superior appoints a secretary when an election is not possible, by a document of its own.
    private static void CheckAppointment(ElectionRecord election, LeadershipOutcome outcome)
    {
        if (!election.Results.Any(r => r.Role == PositionRole.Secretary))
        {
            outcome.Refuse("results", "指派须指定书记（role 为 Secretary）");
        }

        if (election.ApprovalDocNo is null)
        {
            outcome.Refuse("approvalDocNo", "指派书记须填写上级党组织的批准文号");
        }
    }

    private static void CheckVoting(ElectionRecord election, CountySettings settings, LeadershipOutcome outcome)
    {
        var eligible = election.EligibleVoters!.Value;
        if (!ElectionQuorumRule.IsMet(eligible, election.VotersPresent!.Value))
        {
            outcome.Refuse("votersPresent", $"到会有选举权的人数须超过应到会人数的五分之四（应到{eligible}人，实到须超过{eligible * 4 / 5m:0.#}人），选举无效");
        }

        for (var i = 0; i < election.Results.Count; i++)
        {
            if (!WinningThresholdRule.IsElected(election.Results[i].Votes!.Value, eligible))
            {
                outcome.Refuse($"results[{i}].votes", $"当选须获得超过应到会有选举权人数半数的赞成票（须超过{eligible / 2m:0.#}票）");
            }
        }

        var seats = election.SeatsToElect!.Value;
        if (!CandidateSurplusRule.IsMet(seats, election.Candidates!.Value, settings.CandidateSurplusPercent))
        {
            outcome.Warn($"候选人数（{election.Candidates}）少于应选人数的{100 + settings.CandidateSurplusPercent}%（至少{CandidateSurplusRule.MinimumCandidates(seats, settings.CandidateSurplusPercent)}人），请核实是否按规定实行差额选举");
        }

        if (election.Method == ElectionMethod.RepresentativeCongress)
        {
            outcome.Warn(RepresentativeCongressRule.Warning);
        }
    }
}
