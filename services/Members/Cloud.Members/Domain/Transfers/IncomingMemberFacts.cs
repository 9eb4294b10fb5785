namespace Cloud.Members.Domain.Transfers;

/// <summary>What the receiving county learns about the person before acceptance besides name and masked ID: statistics only.</summary>
public sealed record IncomingMemberFacts(
    string Gender,
    int BirthYear,
    bool IsMinority,
    string EducationBand,
    string MembershipStatus,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ConfirmedOn);
