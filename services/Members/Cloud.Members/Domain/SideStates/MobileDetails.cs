namespace Cloud.Members.Domain.SideStates;

/// <summary>Where a mobile member is and who keeps in touch (M29, M30); the destination is free text such as "广东省深圳市".</summary>
public sealed record MobileDetails(
    string Destination,
    DateOnly DepartedOn,
    DateOnly? ExpectedReturnOn,
    Guid? LiaisonPersonId,
    Guid? DestinationOrgId,
    DateOnly? LastContactOn);
