namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 农村基层组织工作条例 第五条; 基层组织选举工作条例 (2020) 第四条 (O7): a representative congress elects where an organization
/// has 500 members or more (or they are scattered). Member counts arrive with the Members service, so this only warns.
/// </summary>
public static class RepresentativeCongressRule
{
    public const int MinimumMembers = 500;

    public static string Warning => $"党员代表大会一般在党员人数{MinimumMembers}名以上或党员分散的组织召开，请核实本组织党员人数";
}
