namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// Which post fits which organization and how: party groups have a group leader only (domain.md §3.1 PartyGroup); first
/// secretaries and instructors are sent by a higher organ (appointed, with the sending unit); 一肩挑 is a village
/// secretary's (O24); committee posts belong to the open term.
/// </summary>
public static class PositionAssignmentRules
{
    /// <summary>Checks <paramref name="assignment"/>; returns the term the post belongs to, if any.</summary>
    public static Term? Check(
        PositionAssignment assignment, Organization organization, IReadOnlyList<Term> terms, Term? openTerm, SecretaryVacancy? openVacancy, LeadershipOutcome outcome)
    {
        var role = assignment.Role;
        if (organization.Type == OrganizationType.PartyGroup && role != PositionRole.GroupLeader)
        {
            outcome.Refuse("role", "党小组只设组长（GroupLeader）");
        }
        else if (organization.Type != OrganizationType.PartyGroup && role == PositionRole.GroupLeader)
        {
            outcome.Refuse("role", "只有党小组设组长");
        }

        if (PositionRoles.IsAssignment(role))
        {
            if (assignment.Source != PositionSource.Appointed)
            {
                outcome.Refuse("source", "第一书记和党建指导员由上级选派，来源须为 Appointed");
            }

            if (assignment.SendingUnit is null)
            {
                outcome.Refuse("sendingUnit", "请填写选派单位");
            }
        }
        else if (assignment.SendingUnit is not null)
        {
            outcome.Refuse("sendingUnit", "只有第一书记和党建指导员填写选派单位");
        }

        if (assignment.IsDualRole && (role != PositionRole.Secretary || organization.Domain != OrganizationDomain.Village))
        {
            outcome.Refuse("isDualRole", "只有村党组织书记可以“一肩挑”（兼任村民委员会主任）");
        }

        if (assignment.HeadsHostUnit && role != PositionRole.Secretary)
        {
            outcome.Refuse("headsHostUnit", "只有书记可以标记为单位主要负责人");
        }

        var term = TermOf(assignment, terms, openTerm, outcome);
        if (term is not null && assignment.StartedOn < term.StartedOn)
        {
            outcome.Refuse("startedOn", $"任职日期不能早于第{term.TermNumber}届开始日期（{term.StartedOn:yyyy-MM-dd}）");
        }

        if (role == PositionRole.Secretary && openVacancy is not null && assignment.StartedOn < openVacancy.VacantSince)
        {
            outcome.Refuse("startedOn", $"任职日期不能早于书记空缺开始日期（{openVacancy.VacantSince:yyyy-MM-dd}）");
        }

        return term;
    }

    private static Term? TermOf(PositionAssignment assignment, IReadOnlyList<Term> terms, Term? openTerm, LeadershipOutcome outcome)
    {
        if (assignment.TermId is not { } termId)
        {
            return PositionRoles.IsCommittee(assignment.Role) ? openTerm : null;
        }

        if (!PositionRoles.IsCommittee(assignment.Role))
        {
            outcome.Refuse("termId", "只有委员会职务属于届次");
            return null;
        }

        var term = terms.FirstOrDefault(t => t.Id == termId);
        if (term is null)
        {
            outcome.Refuse("termId", "本组织没有该届次");
        }
        else if (term.ClosedOn is not null)
        {
            outcome.Refuse("termId", $"第{term.TermNumber}届已结束");
        }

        return term;
    }
}
