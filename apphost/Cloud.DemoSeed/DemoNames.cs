namespace Cloud.DemoSeed;

/// <summary>Common surnames (most frequent first, listed more often) and given-name characters, for made-up people.</summary>
public static class DemoNames
{
    private static readonly string[] Surnames =
    [
        "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨", "杨", "赵", "黄", "周", "吴", "徐",
        "孙", "胡", "朱", "高", "林", "何", "郭", "马", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
        "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎",
    ];

    private static readonly string[] Male =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "斌", "波", "宇", "浩",
        "建", "国", "志", "文", "海", "东", "林", "峰", "亮", "成", "建军", "建国", "志强", "永刚", "俊杰", "晓东", "海涛", "文博", "子豪", "宏伟",
    ];

    private static readonly string[] Female =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "红", "梅", "莉", "婷", "雪", "琳", "慧", "洁", "萍", "颖",
        "秀英", "桂英", "秀兰", "玉兰", "海燕", "晓燕", "丽娟", "雅琴", "欣怡", "梦瑶", "佳琪", "思雨", "春梅", "淑珍", "美玲", "雨婷",
    ];

    public static string Next(Random random, bool female)
    {
        var given = female ? Female : Male;
        return Surnames[random.Next(Surnames.Length)] + given[random.Next(given.Length)];
    }
}
