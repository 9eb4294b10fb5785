namespace Cloud.Members.Events;

/// <summary>
/// What a receiving county sees of the person before it accepts (sealed in the letter): the name and masked ID to
/// recognise them, and the keyed hash to tell whether they are already a member there. Nothing else personal.
/// </summary>
public sealed record MemberIdentification(string Name, string NationalIdMasked, byte[] NationalIdHash);
