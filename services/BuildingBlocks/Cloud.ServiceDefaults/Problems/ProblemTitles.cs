namespace Cloud.ServiceDefaults.Problems;

/// <summary>Chinese titles for problem+json answers; the UI and its users speak zh-CN.</summary>
public static class ProblemTitles
{
    public const string Validation = "请求参数校验失败";

    public static string For(int status) => status switch
    {
        400 => "请求无效",
        401 => "未登录或登录已失效",
        403 => "无权访问",
        404 => "未找到",
        405 => "不支持的请求方法",
        409 => "数据冲突",
        413 => "请求内容过大",
        415 => "不支持的内容类型",
        422 => "无法处理的请求",
        429 => "请求过于频繁，请稍后再试",
        502 => "上游服务不可用",
        503 => "服务暂不可用",
        504 => "上游服务超时",
        >= 500 => "服务器内部错误",
        _ => "请求失败",
    };
}
