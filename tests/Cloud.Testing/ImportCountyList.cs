namespace Cloud.Testing;

/// <summary>
/// The organization list (组织名单) of one of the largest counties, 3,500 organizations, for import tests and benchmarks:
/// 20 townships (committee, organ general branch with 3 branches, 25 village branches with 4 party groups each), the
/// county organs' working committee with 30 organ general branches of 5 branches, and the 两新 committee with 718
/// enterprise and social-organization branches.
/// </summary>
public static class ImportCountyList
{
    public const int Townships = 20;
    public const int VillagesPerTownship = 25;

    public static List<ListedOrganization> Rows()
    {
        var rows = new List<ListedOrganization>();
        for (var t = 1; t <= Townships; t++)
        {
            var town = $"第{t}镇";
            var committee = $"中共{town}委员会";
            rows.Add(new(committee, "基层党委", Domain: "乡镇", Township: town, SecretaryId: Guid.CreateVersion7().ToString()));
            rows.Add(new($"{town}机关党总支", "党总支", committee, Domain: "机关", Township: town));
            for (var b = 1; b <= 3; b++)
            {
                rows.Add(new($"{town}机关第{b}党支部", "党支部", $"{town}机关党总支", "标准", "机关", town));
            }

            for (var v = 1; v <= VillagesPerTownship; v++)
            {
                var village = $"{town}第{v}村党支部";
                var groups = Enumerable.Range(1, 4).Select(g => new ListedOrganization($"{town}第{v}村第{g}党小组", "党小组", village, Township: town)).ToList();
                var branch = new ListedOrganization(village, "党支部", committee, "标准", "农村", town);
                // Some villages list their party groups before the branch, as hand-kept lists do.
                rows.AddRange(v % 5 == 0 ? [.. groups, branch] : [branch, .. groups]);
            }
        }

        rows.Add(new("中共县直机关工作委员会", "基层党委", Domain: "机关"));
        for (var g = 1; g <= 30; g++)
        {
            rows.Add(new($"县第{g}局机关党总支", "党总支", "中共县直机关工作委员会", Domain: "机关"));
            for (var b = 1; b <= 5; b++)
            {
                rows.Add(new($"县第{g}局机关第{b}党支部", "党支部", $"县第{g}局机关党总支", "标准", "机关"));
            }
        }

        rows.Add(new("中共县非公有制经济组织和社会组织委员会", "基层党委", Domain: "其他", Status: "正常"));
        for (var e = 1; e <= 718; e++)
        {
            rows.Add(e % 3 == 0
                ? new($"县第{e}号社会组织党支部", "党支部", "中共县非公有制经济组织和社会组织委员会", "功能型", "社会组织")
                : new($"县第{e}号企业党支部", "党支部", "中共县非公有制经济组织和社会组织委员会", e % 7 == 0 ? "联合" : "标准", "非公企业"));
        }

        return rows;
    }
}
