using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Features.Shared;

/// <summary>A page's error in Chinese; re-executed for every status of 400 and above outside the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Message => Code switch
    {
        400 when HttpContext.Items[typeof(FormTextBreach)] is FormTextBreach breach =>
            ("请求无效", $"表单中的“{breach.Field}”不能保存：{breach.Rule}（不得含有控制字符或残缺的字符）。未保存任何内容，请返回修改后重新提交。"),
        400 => ("请求无效", "提交的表单无法处理。表单可能已过期或缺少安全校验信息，请返回后刷新页面再提交。"),
        401 => ("请先登录", "请登录后再访问此页面。"),
        403 => ("无权访问", "您的角色不能访问此页面或办理此事项。"),
        404 => ("找不到该页面或案件", "该地址不存在，或该案件不属于您所在的单位。"),
        413 => ("提交的内容过大", "请减少上传内容后重试。"),
        503 => ("数据库暂时不可用", "未保存任何内容，请稍后重试。"),
        _ => ("系统出错", "服务器处理请求时出错，错误已记录，未保存任何内容。"),
    };

    public IActionResult OnGet(int code) => Show(code);
    public IActionResult OnPost(int code) => Show(code);

    IActionResult Show(int code)
    {
        // Re-executed for an error: keep the original status. Opened directly: answer with the code shown.
        Code = code is >= 400 and <= 599 ? code : 404;
        if (Response.StatusCode < 400) Response.StatusCode = Code;
        return Page();
    }
}
