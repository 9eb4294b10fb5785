using Cloud.ServiceDefaults.Problems;

namespace Cloud.ServiceDefaults.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void Missing_and_over_long_values_are_field_errors_in_chinese()
    {
        var validation = new Validation()
            .Require("name", null, "组织名称", 10)
            .Require("code", "12345678901", "编码", 10)
            .Require("ok", "千河镇", "名称", 10);

        Assert.False(validation.IsValid);
        Assert.Equal(["组织名称不能为空"], validation.Errors["name"]);
        Assert.Equal(["编码不能超过10个字符"], validation.Errors["code"]);
        Assert.False(validation.Errors.ContainsKey("ok"));
    }

    [Theory]
    [InlineData(400, "请求无效")]
    [InlineData(401, "未登录或登录已失效")]
    [InlineData(413, "请求内容过大")]
    [InlineData(500, "服务器内部错误")]
    [InlineData(503, "服务暂不可用")]
    public void Problem_titles_are_chinese(int status, string title) => Assert.Equal(title, ProblemTitles.For(status));
}
