namespace Cloud.Members.Domain.Access;

/// <summary>The personal fields a read showed, as the access log records them.</summary>
public static class ShownFields
{
    public const string Name = "name";
    public const string NationalIdWhole = "nationalId:whole";
    public const string NationalIdMasked = "nationalId:masked";
    public const string BirthDate = "birthDate";
    public const string Phone = "phone";
    public const string Address = "address";

    public static string[] Of(bool nationalIdWhole, bool hasPhone, bool hasAddress) =>
    [
        Name,
        nationalIdWhole ? NationalIdWhole : NationalIdMasked,
        BirthDate,
        .. hasPhone ? new[] { Phone } : [],
        .. hasAddress ? new[] { Address } : [],
    ];
}
