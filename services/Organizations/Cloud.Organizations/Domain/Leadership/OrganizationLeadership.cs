using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// One organization's leadership — its terms, current posts and open secretary vacancy — and the operations on it:
/// record an election, extend a term, assign and end posts. Each operation checks the rules first and changes nothing
/// when refused; what it does change is listed in <see cref="Changes"/> (one event each) and new rows in <see cref="Created"/>.
/// </summary>
public sealed class OrganizationLeadership(
    Organization organization, IEnumerable<Term> terms, IEnumerable<CommitteePosition> currentPositions, SecretaryVacancy? openVacancy, bool everHadSecretary)
{
    private readonly List<Term> _terms = [.. terms.OrderBy(t => t.TermNumber)];
    private readonly List<CommitteePosition> _current = [.. currentPositions.Where(p => p.IsCurrent).OrderBy(p => p.StartedOn)];
    private readonly List<LeadershipChange> _changes = [];
    private readonly List<object> _created = [];
    private SecretaryVacancy? _openVacancy = openVacancy;
    private bool _everHadSecretary = everHadSecretary;

    public Organization Organization => organization;

    public IReadOnlyList<Term> Terms => _terms;

    public Term? OpenTerm => _terms.FirstOrDefault(t => t.ClosedOn is null);

    public IReadOnlyList<CommitteePosition> CurrentPositions => _current;

    public CommitteePosition? Secretary => _current.FirstOrDefault(p => p.Role == PositionRole.Secretary);

    /// <summary>Distinct members in current committee posts, the secretary included (O8).</summary>
    public int CommitteeSize => _current.Where(p => PositionRoles.IsCommittee(p.Role)).Select(p => p.MemberId).Distinct().Count();

    public DateOnly? VacantSince => SecretaryVacancyRule.VacantSince(
        organization.Type, organization.Status, organization.RegisteredAt, _openVacancy?.VacantSince, Secretary is not null, _everHadSecretary);

    public IReadOnlyList<LeadershipChange> Changes => _changes;

    /// <summary>Rows the operations made; the rest of the changes are to rows already loaded.</summary>
    public IReadOnlyList<object> Created => _created;

    /// <summary>
    /// 换届: starts a new term from a reported election (or appointment) and closes the open one on the same day; the old
    /// committee's posts end (TermEnd) and the results take theirs. Refused, with nothing changed, when a rule is broken.
    /// </summary>
    public LeadershipOutcome RecordElection(ElectionRecord election, CountySettings settings, DateTimeOffset now)
    {
        var outcome = new LeadershipOutcome();
        if (TermLengthRule.YearsFor(organization.Type, organization.Domain, settings) is not { } years)
        {
            return outcome.Refuse("organizationId", "党小组和县委不实行届次管理");
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return outcome.Conflicts("该组织已撤销，不能再换届");
        }

        var early = TermElectionRules.Check(election, organization.Type, _terms, _current, settings, outcome);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var formerSecretary = Secretary;
        if (OpenTerm is { } open)
        {
            open.Close(election.ElectedOn);
            _changes.Add(new(LeadershipChangeKind.TermClosed, Term: open));
        }

        foreach (var position in _current.Where(p => PositionRoles.IsCommittee(p.Role)).ToList())
        {
            EndPosition(position, election.ElectedOn, PositionEndReason.TermEnd);
        }

        var number = election.TermNumber ?? (_terms.Count == 0 ? 1 : _terms.Max(t => t.TermNumber) + 1);
        var term = Term.Start(organization.Id, number, years, early, election, now);
        _terms.Add(term);
        _created.Add(term);
        _changes.Add(new(LeadershipChangeKind.TermStarted, Term: term));

        var appointed = election.Method == ElectionMethod.Appointment;
        foreach (var result in election.Results)
        {
            AddPosition(CommitteePosition.Assign(
                organization.Id, term.Id, result.MemberId, result.Role, appointed ? PositionSource.Appointed : PositionSource.Elected, election.ElectedOn, now));
        }

        if (Secretary is not null)
        {
            FillVacancy(election.ElectedOn, appointed ? VacancyFilledBy.Appointment : VacancyFilledBy.Election, now);
        }
        else if (formerSecretary is not null)
        {
            OpenVacancy(election.ElectedOn, now);
        }

        return outcome;
    }

    /// <summary>延期换届: the superior approved putting the term's election off, by at most the county's limit (O14).</summary>
    public LeadershipOutcome ExtendTerm(Term term, DateOnly until, DateOnly approvedOn, string approvalDocNo, CountySettings settings)
    {
        var outcome = new LeadershipOutcome();
        if (term.ClosedOn is not null)
        {
            return outcome.Conflicts($"第{term.TermNumber}届已于{term.ClosedOn:yyyy-MM-dd}结束，不能延期");
        }

        var latest = TermAdjustmentRule.LatestExtension(term.PlannedEndOn, settings.MaxTermAdjustmentMonths);
        if (until <= term.PlannedEndOn)
        {
            outcome.Refuse("extendedUntil", $"延期日期须晚于本届任期届满日期（{term.PlannedEndOn:yyyy-MM-dd}）");
        }
        else if (until > latest)
        {
            outcome.Refuse("extendedUntil", $"延期换届不得超过{settings.MaxTermAdjustmentMonths}个月（最晚{latest:yyyy-MM-dd}）");
        }

        if (approvedOn < term.StartedOn)
        {
            outcome.Refuse("approvedOn", $"批准日期不能早于本届开始日期（{term.StartedOn:yyyy-MM-dd}）");
        }

        if (outcome.Succeeded)
        {
            term.Extend(until, approvedOn, approvalDocNo);
            _changes.Add(new(LeadershipChangeKind.TermExtended, Term: term));
        }

        return outcome;
    }

    /// <summary>O18: the superior's approval of the secretary and the filing of the committee, often weeks after the vote.</summary>
    public LeadershipOutcome RecordTermApproval(Term term, DateOnly? superiorApprovalOn, DateOnly? filingOn)
    {
        var outcome = new LeadershipOutcome();
        if (superiorApprovalOn < term.StartedOn)
        {
            outcome.Refuse("superiorApprovalOn", $"上级批准日期不能早于本届选举日期（{term.StartedOn:yyyy-MM-dd}）");
        }

        if (filingOn < term.StartedOn)
        {
            outcome.Refuse("filingOn", $"备案日期不能早于本届选举日期（{term.StartedOn:yyyy-MM-dd}）");
        }

        if (outcome.Succeeded)
        {
            term.RecordApproval(superiorApprovalOn, filingOn);
            _changes.Add(new(LeadershipChangeKind.TermApprovalRecorded, Term: term));
        }

        return outcome;
    }

    /// <summary>Gives a member a post; a secretary fills the vacancy. One current holder for secretary, group leader and first secretary.</summary>
    public LeadershipOutcome Assign(PositionAssignment assignment, DateTimeOffset now)
    {
        var outcome = new LeadershipOutcome();
        if (organization.Type == OrganizationType.CountyCommittee)
        {
            return outcome.Refuse("organizationId", "县委领导班子不在组织管理中登记");
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return outcome.Conflicts("该组织已撤销，不能再任职");
        }

        var term = PositionAssignmentRules.Check(assignment, organization, _terms, OpenTerm, _openVacancy, outcome);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        if (_current.Any(p => p.MemberId == assignment.MemberId && p.Role == assignment.Role))
        {
            return outcome.Conflicts("该党员已在任此职务");
        }

        if (PositionRoles.HasOneHolder(assignment.Role) && _current.Any(p => p.Role == assignment.Role))
        {
            return outcome.Conflicts(assignment.Role switch
            {
                PositionRole.Secretary => "本组织已有在任书记，请先免去现任书记",
                PositionRole.GroupLeader => "本党小组已有在任组长，请先免去现任组长",
                _ => "本组织已有在任第一书记，请先免去现任第一书记",
            });
        }

        AddPosition(CommitteePosition.Assign(
            organization.Id, term?.Id, assignment.MemberId, assignment.Role, assignment.Source, assignment.StartedOn, now,
            assignment.IsDualRole, assignment.HeadsHostUnit, assignment.SendingUnit));
        if (assignment.Role == PositionRole.Secretary)
        {
            FillVacancy(assignment.StartedOn, PositionRoles.FilledBy(assignment.Source), now);
        }

        return outcome;
    }

    /// <summary>Ends a current post; a secretary leaving opens a vacancy from that day.</summary>
    public LeadershipOutcome End(Guid positionId, DateOnly endedOn, PositionEndReason reason, DateTimeOffset now)
    {
        var outcome = new LeadershipOutcome();
        if (_current.FirstOrDefault(p => p.Id == positionId) is not { } position)
        {
            return outcome.Conflicts("该职务已经免除");
        }

        if (endedOn < position.StartedOn)
        {
            return outcome.Refuse("endedOn", $"离任日期不能早于任职日期（{position.StartedOn:yyyy-MM-dd}）");
        }

        EndPosition(position, endedOn, reason);
        if (position.Role == PositionRole.Secretary)
        {
            OpenVacancy(endedOn, now);
        }

        return outcome;
    }

    private void AddPosition(CommitteePosition position)
    {
        _current.Add(position);
        _created.Add(position);
        _changes.Add(new(LeadershipChangeKind.PositionAssigned, Position: position));
    }

    private void EndPosition(CommitteePosition position, DateOnly endedOn, PositionEndReason reason)
    {
        position.End(endedOn, reason);
        _current.Remove(position);
        _changes.Add(new(LeadershipChangeKind.PositionEnded, Position: position));
    }

    private void OpenVacancy(DateOnly since, DateTimeOffset now)
    {
        if (!SecretaryVacancyRule.ExpectsSecretary(organization.Type, organization.Status) || _openVacancy is not null)
        {
            return;
        }

        _openVacancy = SecretaryVacancy.Open(organization.Id, since, now);
        _created.Add(_openVacancy);
        _changes.Add(new(LeadershipChangeKind.SecretaryVacancyOpened, Vacancy: _openVacancy));
    }

    // The open vacancy, or the one since registration of an organization that never had a secretary, ends today.
    private void FillVacancy(DateOnly filledOn, VacancyFilledBy filledBy, DateTimeOffset now)
    {
        var vacancy = _openVacancy;
        if (vacancy is null && !_everHadSecretary && SecretaryVacancyRule.ExpectsSecretary(organization.Type, organization.Status))
        {
            var registeredOn = SecretaryVacancyRule.RegisteredOn(organization.RegisteredAt);
            vacancy = SecretaryVacancy.Open(organization.Id, registeredOn < filledOn ? registeredOn : filledOn, now);
            _created.Add(vacancy);
        }

        _everHadSecretary = true;
        if (vacancy is null)
        {
            return;
        }

        vacancy.Fill(filledOn, filledBy);
        _openVacancy = null;
        _changes.Add(new(LeadershipChangeKind.SecretaryVacancyFilled, Vacancy: vacancy));
    }
}
