namespace Cloud.DemoSeed;

/// <summary>
/// A township (镇) or sub-district (街道) of the demo county: its committee's election, the villages or communities with
/// a branch of their own, those large enough for a general branch (with how many branches under it), and the units of
/// the township's seat that have a branch (机关, 中心小学, 卫生院, 非公企业联合).
/// </summary>
public sealed record DemoTownship(
    string Name,
    bool IsSubDistrict,
    DateOnly CommitteeElectedOn,
    IReadOnlyList<string> Places,
    IReadOnlyList<(string Place, string[] Branches)> LargePlaces,
    IReadOnlyList<string> SeatUnits)
{
    /// <summary>中共陈仓区千河镇委员会, 中共陈仓区虢镇街道工作委员会.</summary>
    public string CommitteeName => $"{DemoCounty.PartyPrefix}{Name}{(IsSubDistrict ? "工作委员会" : "委员会")}";

    /// <summary>Villages under a township, communities under a sub-district.</summary>
    public string PlaceDomain => IsSubDistrict ? "Community" : "Village";
}
