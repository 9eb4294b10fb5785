using System.Text.Encodings.Web;
using System.Text.Unicode;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Api;

/// <summary>
/// The pages Identity shows people, in Chinese and in one look: the sign-in form, and the page for a sign-in or sign-out
/// request that cannot go back to the application that sent it. Never framed by another site (clickjacking), never cached.
/// </summary>
public static class IdentityPages
{
    // Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(HttpContext http, string title, string body, int status)
    {
        http.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{Html.Encode(title)}} - 党建云</title>
              <style>
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f5f5; }
                .box { max-width: 22rem; margin: 10vh auto; padding: 2rem; background: #fff; border-top: 4px solid #c00; }
                label { display: block; margin-top: 1rem; }
                input { width: 100%; padding: .5rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; width: 100%; padding: .6rem; background: #c00; color: #fff; border: 0; }
                .error { color: #c00; }
                .hint { color: #666; font-size: .85rem; }
              </style>
            </head>
            <body>
            {{body}}
            </body>
            </html>
            """, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    /// <summary>
    /// A request OpenIddict refused without a way back to the application (an unknown client, a redirect address it
    /// did not register): what happened in words a county's staff understand, and the code their administrator needs.
    /// </summary>
    public static IResult Refused(HttpContext http, OpenIddictResponse refusal, string title)
    {
        var what = refusal.Error switch
        {
            Errors.InvalidClient or Errors.UnauthorizedClient => "发起请求的应用未在党建云登记，或无权这样登录。",
            Errors.InvalidRequest => "请求不完整或已失效，例如应用的回调地址与登记的不符。",
            _ => "请求无法处理。",
        };
        // The documentation address ends with OpenIddict's own error id (ID2043 …), which pins the cause down.
        var id = refusal.ErrorUri is { } uri ? uri[(uri.LastIndexOf('/') + 1)..] : null;
        var code = Html.Encode(refusal.Error + (id is null ? string.Empty : $" ({id})"));
        return Render(http, title, $"""
            <main class="box" role="alert">
              <h1>{Html.Encode(title)}</h1>
              <p class="error">{what}</p>
              <p>请从党建云门户重新进入；如果一再出现，请把下面的错误代码告诉县委组织部的系统管理员。</p>
              <p class="hint">错误代码：{code}</p>
            </main>
            """, StatusCodes.Status400BadRequest);
    }
}
