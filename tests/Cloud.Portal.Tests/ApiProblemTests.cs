using System.Net;
using System.Text;
using Cloud.Portal.Api;

namespace Cloud.Portal.Tests;

public sealed class ApiProblemTests
{
    [Fact]
    public async Task A_validation_problem_gives_its_Chinese_title_and_each_fields_messages()
    {
        var problem = await ReadAsync(HttpStatusCode.BadRequest,
            """{"status":400,"title":"请求参数校验失败","errors":{"name":["组织名称不能为空"],"parentId":["上级组织不存在"]}}""");

        Assert.Equal("请求参数校验失败", problem.Title);
        Assert.Equal(["组织名称不能为空"], problem.For("name"));
        Assert.Equal(["上级组织不存在"], problem.For("ParentId"));
        Assert.Empty(problem.For("type"));
    }

    [Fact]
    public async Task A_field_addressed_inside_the_request_is_shown_beside_that_field()
    {
        var problem = await ReadAsync(HttpStatusCode.BadRequest,
            """{"title":"请求参数校验失败","errors":{"terms[0].startDate":["开始日期不能晚于结束日期"],"body.name":["名称过长"]}}""");

        Assert.Equal(["开始日期不能晚于结束日期"], problem.For("startDate"));
        Assert.Equal(["名称过长"], problem.For("name"));
    }

    [Fact]
    public async Task A_nested_objects_errors_go_to_its_part_of_the_form_and_the_rest_stay_outside()
    {
        var problem = await ReadAsync(HttpStatusCode.BadRequest,
            """{"title":"请求参数校验失败","errors":{"member.name":["姓名不能为空"],"member.organizationId":["接收党组织不存在"],"letterNo":["介绍信编号不能为空"]}}""");

        var member = problem.Within("member")!;
        var letter = problem.Outside("member")!;

        Assert.Equal(["姓名不能为空"], member.For("name"));
        Assert.Equal(["接收党组织不存在"], member.For("organizationId"));
        Assert.Empty(member.For("letterNo"));
        Assert.Equal(["介绍信编号不能为空"], letter.For("letterNo"));
        Assert.Empty(letter.For("name"));
        Assert.Equal(problem.Title, member.Title);
        Assert.Null(((ApiProblem?)null).Within("member"));
    }

    [Fact]
    public async Task Errors_of_fields_the_form_does_not_show_go_to_the_message_at_the_top()
    {
        var problem = await ReadAsync(HttpStatusCode.BadRequest,
            """{"title":"请求参数校验失败","errors":{"name":["组织名称不能为空"],"unitId":["单位不存在"]}}""");

        Assert.Equal(["单位不存在"], problem.NotShownBeside(["name"]));
    }

    [Fact]
    public async Task A_rule_refusal_keeps_the_rule_it_names()
    {
        var problem = await ReadAsync(HttpStatusCode.UnprocessableEntity,
            """{"status":422,"title":"确定为入党积极分子须在提出申请一个月后","rule":"D4"}""");

        Assert.Equal(422, problem.Status);
        Assert.Equal("D4", problem.Rule);
        Assert.Equal("确定为入党积极分子须在提出申请一个月后", problem.Message);
    }

    [Fact]
    public async Task Too_many_requests_says_how_long_to_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent("""{"status":429,"title":"请求过于频繁，请稍后再试"}""", Encoding.UTF8, "application/problem+json"),
        };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

        var problem = await ApiProblem.ReadAsync(response, CancellationToken.None);

        Assert.Equal("请求过于频繁，请稍后再试（请约 3 秒后再试）", problem.Message);
    }

    [Fact]
    public async Task An_answer_that_is_not_problem_json_still_gets_the_statuss_Chinese_title()
    {
        var problem = await ReadAsync(HttpStatusCode.BadGateway, "<html><body>Bad Gateway</body></html>");

        Assert.Equal(502, problem.Status);
        Assert.Equal("上游服务不可用", problem.Message);
    }

    [Fact]
    public async Task The_detail_follows_the_title_when_it_says_more()
    {
        var problem = await ReadAsync(HttpStatusCode.Conflict, """{"title":"数据冲突","detail":"该组织已被撤销"}""");

        Assert.Equal("数据冲突：该组织已被撤销", problem.Message);
    }

    [Fact]
    public void A_form_field_reads_its_error_text_from_a_problem_or_from_none()
    {
        var problem = new ApiProblem(400, "请求参数校验失败", Errors: new Dictionary<string, string[]> { ["name"] = ["不能为空", "不能超过50个字"] });

        Assert.True(problem.Has("name"));
        Assert.Equal("不能为空；不能超过50个字", problem.Text("name"));
        Assert.False(((ApiProblem?)null).Has("name"));
        Assert.Null(((ApiProblem?)null).Text("name"));
    }

    private static async Task<ApiProblem> ReadAsync(HttpStatusCode status, string body)
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/problem+json") };
        return await ApiProblem.ReadAsync(response, CancellationToken.None);
    }
}
