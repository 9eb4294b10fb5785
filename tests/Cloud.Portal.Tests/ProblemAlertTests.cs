using Bunit;
using Cloud.Portal.Api;
using Cloud.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Cloud.Portal.Tests;

public sealed class ProblemAlertTests : BunitContext
{
    public ProblemAlertTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Shows_the_title_and_only_the_field_errors_no_field_shows()
    {
        var problem = new ApiProblem(400, "请求参数校验失败", Errors: new Dictionary<string, string[]>
        {
            ["name"] = ["组织名称不能为空"],
            ["unitId"] = ["单位不存在"],
        });

        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, problem).Add(a => a.ShownFields, ["name"]));

        Assert.Contains("请求参数校验失败", alert.Markup, StringComparison.Ordinal);
        Assert.Contains("单位不存在", alert.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("组织名称不能为空", alert.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_to_sign_in_again_when_the_session_ended()
    {
        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, ApiProblem.SignedOut));

        Assert.Contains("重新登录", alert.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_nothing_without_a_problem()
    {
        var alert = Render<ProblemAlert>(p => p.Add(a => a.Problem, null));

        Assert.Empty(alert.Markup.Trim());
    }
}
