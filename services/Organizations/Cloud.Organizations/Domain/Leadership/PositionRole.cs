namespace Cloud.Organizations.Domain.Leadership;

/// <summary>A post in an organization (domain.md §1.1, §3.1 CommitteePosition); stored by name.</summary>
public enum PositionRole
{
    Secretary,
    DeputySecretary,
    OrganizationCommissioner,
    PublicityCommissioner,
    DisciplineCommissioner,
    YouthCommissioner,
    WomenCommissioner,

    /// <summary>A committee member without a named post.</summary>
    CommitteeMember,

    /// <summary>党小组组长: the leader of a party group.</summary>
    GroupLeader,

    /// <summary>第一书记: a cadre sent by a higher organ to serve a village; not a committee post.</summary>
    FirstSecretary,

    /// <summary>党建指导员: sent to a weak village or a 两新 organization; not a committee post.</summary>
    PartyBuildingInstructor,
}
