namespace Cloud.DemoSeed;

/// <summary>
/// The district's organs, schools, hospitals and firms with a party organization of their own (under the organs'
/// working committee, the committee for private firms and social organizations, or the district committee itself), and
/// the firms and associations of the unit registry that have none yet (the coverage list's gaps).
/// </summary>
public static class DemoInstitutions
{
    /// <summary>区直部门: each has an organ branch (中共陈仓区财政局机关支部委员会) and is a unit of the registry.</summary>
    public static IReadOnlyList<(string Organ, int Employees)> Organs { get; } =
    [
        ("委组织部", 38), ("教育局", 64), ("委办公室", 42), ("政府办公室", 45), ("纪委监委", 56), ("委宣传部", 26), ("委统战部", 18),
        ("委政法委员会", 21), ("发展和改革局", 37), ("财政局", 58), ("人力资源和社会保障局", 49), ("住房和城乡建设局", 52),
        ("交通运输局", 41), ("农业农村局", 73), ("水利局", 39), ("商务局", 24), ("文化和旅游局", 33), ("卫生健康局", 47),
        ("退役军人事务局", 22), ("应急管理局", 29), ("审计局", 27), ("市场监督管理局", 88), ("民政局", 35), ("司法局", 31), ("医疗保障局", 23),
    ];

    /// <summary>Hospitals and schools large enough for a general branch (name, domain, employees, its branches).</summary>
    public static IReadOnlyList<(string Name, string Domain, int Employees, string[] Branches)> LargeInstitutions { get; } =
    [
        ("人民医院", "PublicInstitution", 612, ["内科", "外科", "医技"]),
        ("中医医院", "PublicInstitution", 286, ["临床", "医技后勤"]),
        ("妇幼保健院", "PublicInstitution", 154, ["第一", "第二"]),
        ("第一中学", "School", 236, ["教师第一", "教师第二", "离退休教师"]),
        ("虢镇中学", "School", 168, ["第一", "第二"]),
    ];

    public static IReadOnlyList<(string Name, int Employees)> Schools { get; } = [("实验小学", 96), ("职业教育中心", 118), ("特殊教育学校", 34)];

    /// <summary>Private firms with a branch of their own under the committee for private firms and social organizations.</summary>
    public static IReadOnlyList<(string Name, int Employees)> Firms { get; } =
    [
        ("宝鸡秦川机床配件有限公司", 260), ("宝鸡市陈仓区渭河建材有限公司", 140), ("宝鸡市陈仓区天成物流有限公司", 95), ("宝鸡凤鸣农业科技有限公司", 120),
        ("宝鸡陈仓中医药产业有限公司", 180), ("宝鸡金陵电器有限公司", 210), ("宝鸡西秦酒业有限公司", 150), ("宝鸡市陈仓区鑫源商贸有限公司", 70),
    ];

    public static IReadOnlyList<(string Name, int Employees)> SocialOrganizations { get; } = [("陈仓区律师协会", 45), ("陈仓区个体劳动者协会", 30)];

    /// <summary>Units of the registry without a party organization (none has three full members yet).</summary>
    public static IReadOnlyList<DemoUnit> Uncovered { get; } =
    [
        new("陈仓区义工联合会", "SocialOrganization", DemoTownships.Guozhen, 12),
        new("陈仓区乐龄养老服务中心", "SocialOrganization", DemoTownships.Guozhen, 18),
        new("宝鸡西岐包装有限公司", "PrivateEnterprise", DemoTownships.Qianhe, 40),
        new("宝鸡恒达汽车修理有限公司", "PrivateEnterprise", DemoTownships.Yangping, 16),
        new("陈仓区惠民农机专业合作社", "Cooperative", DemoTownships.Zhouyuan, 9),
        new("陈仓区好邻居连锁超市", "PrivateEnterprise", DemoTownships.Guozhen, 26),
    ];
}
