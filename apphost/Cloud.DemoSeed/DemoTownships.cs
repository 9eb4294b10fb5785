namespace Cloud.DemoSeed;

/// <summary>
/// The four townships of the demo: 千河镇, 阳平镇 and 周原镇 with their villages, 虢镇街道 with its communities. Names are
/// made up in the way Guanzhong villages are named (by a family, a slope, a stream); a place listed under LargePlaces
/// has a general branch (总支) with the branches named after it.
/// </summary>
public static class DemoTownships
{
    public const string Qianhe = "千河镇";
    public const string Guozhen = "虢镇街道";
    public const string Yangping = "阳平镇";
    public const string Zhouyuan = "周原镇";

    public static IReadOnlyList<DemoTownship> All { get; } =
    [
        new(Qianhe, false, new(2021, 9, 15),
            ["东坡村", "西坡村", "郭家村", "马家庄村", "庙川村", "胡家沟村", "新庄村", "北坡村", "上川村", "下川村", "王家崖村", "杨家湾村", "李家沟村", "寺坡村"],
            [("南寨村", ["第一", "第二"]), ("千河村", ["第一", "第二", "第三"]), ("底店村", ["第一", "第二"])],
            ["机关", "中心小学", "卫生院", "非公企业联合"]),
        new(Guozhen, true, new(2026, 10, 20),
            ["东街社区", "西街社区", "南街社区", "北街社区", "石鼓社区", "渭滨社区", "龙山社区", "新华社区", "文化路社区", "火车站社区", "联盟社区"],
            [("陈仓社区", ["第一", "三号楼", "第二网格"]), ("东关社区", ["第一", "第二", "第三"]), ("西关社区", ["第一", "第二"]), ("新城社区", ["第一", "第二", "第三"])],
            ["机关", "社区卫生服务中心", "流动党员", "非公企业联合"]),
        new(Yangping, false, new(2026, 9, 26),
            ["阳平村", "田家村", "赵家坡村", "高家村", "汤家庄村", "秦家沟村", "底家村", "落星村", "南坡村", "刘家原村", "吕家堡村", "杜家村", "凉泉村", "横水村"],
            [("姬家店村", ["第一", "第二"]), ("伯阳村", ["第一", "第二"]), ("魏家崖村", ["第一", "第二", "第三"])],
            ["机关", "中心小学", "卫生院"]),
        new(Zhouyuan, false, new(2026, 9, 28),
            ["周原村", "召陈村", "齐家村", "贺家村", "强家村", "刘家村", "礼村", "黄堆村", "樊村", "云塘村", "下务子村", "上务子村", "董家村", "巨良村"],
            [("岐山头村", ["第一", "第二"]), ("庄李村", ["第一", "第二"])],
            ["机关", "中心小学", "卫生院", "非公企业联合"]),
    ];
}
