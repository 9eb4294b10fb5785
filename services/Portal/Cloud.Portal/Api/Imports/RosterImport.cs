namespace Cloud.Portal.Api.Imports;

/// <summary>The member roster (党员花名册): /api/members/imports, which records its progress for polling.</summary>
public sealed class RosterImport : ImportKind
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public override string Name => "党员花名册";

    // The gateway's route for /api/members/imports allows 32 MiB (MemberImportApi.MaxImportBodyBytes).
    public override long MaxBytes => 32 * 1024 * 1024;

    public override (string Href, string Text) ResultLink => ("members", "到党员查询查看");

    public override bool CanSkipExisting => true;

    public override bool ReportsProgress => true;

    // The Members service's RosterColumns, in the order its export writes them.
    public override IReadOnlyList<TemplateColumn> Columns { get; } =
    [
        new("姓名", true, "党员姓名"),
        new("身份证号码", true, "18位公民身份号码（请设为文本格式）"),
        new("性别", true, "男 / 女"),
        new("民族", true, "如 汉族、回族"),
        new("出生日期", true, "如 1980-05-01，须与身份证号码一致"),
        new("学历", true, "研究生 / 大学本科 / 大学专科 / 中专 / 高中 / 初中及以下"),
        new("所在党组织", true, "党支部全称，须已在本县登记"),
        new("党员状态", true, "正式党员 / 预备党员"),
        new("入党时间", true, "如 2012-07-01"),
        new("转正时间", false, "正式党员填写，如 2013-07-01"),
        new("人员类别", true, "工人 / 农牧渔民 / 专业技术人员 / 企事业单位、社会组织管理人员 / 党政机关工作人员 / 学生 / 离退休人员 / 其他职业人员"),
        new("在职状态", true, "在职 / 离退休 / 离休"),
        new("联系电话", false, "手机或固定电话"),
    ];

    public override async Task<ApiResult<ImportPreview>> PreviewAsync(GatewayApi api, ImportFile file, bool skipExisting, CancellationToken cancellationToken) =>
        Map(await api.UploadAsync<Preview>(Path("/api/members/imports/preview", skipExisting, null), file.Open(), file.Name, file.ContentType, cancellationToken),
            p => new ImportPreview(p.Rows, p.Valid, p.ToImport, p.InCounty, p.Errors, p.ImportId));

    public override async Task<ApiResult<ImportOutcome>> ImportAsync(
        GatewayApi api, ImportFile file, bool skipExisting, Guid? importId, Func<ImportStep, Task> progress, CancellationToken cancellationToken)
    {
        var id = importId ?? Guid.CreateVersion7();
        // The import runs within its request; meanwhile its progress is read from the Members service by id.
        var import = api.UploadAsync<Result>(Path("/api/members/imports", skipExisting, id), file.Open(), file.Name, file.ContentType, cancellationToken);
        while (await Task.WhenAny(import, Task.Delay(PollEvery, cancellationToken)) != import)
        {
            var step = await api.GetAsync<ImportProgressResponse>($"/api/members/imports/{id}", cancellationToken);
            if (step.Succeeded && !import.IsCompleted)
            {
                await progress(new ImportStep(step.Value.Percent, step.Value.PhaseText));
            }
        }

        var result = await import;
        if (result.Succeeded)
        {
            await progress(new ImportStep(100, "已完成"));
        }

        return Map(result, r => new ImportOutcome([("读取行数", r.Rows), ("导入党员", r.Imported), ("跳过（本县已登记）", r.Skipped)]));
    }

    private static string Path(string path, bool skipExisting, Guid? importId)
    {
        var query = new List<string>();
        if (importId is { } id)
        {
            query.Add($"importId={id}");
        }

        if (skipExisting)
        {
            query.Add("existing=skip");
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private sealed record Preview(Guid ImportId, int Rows, bool Valid, int ToImport, int InCounty, IReadOnlyList<ImportRowError> Errors);

    private sealed record Result(int Rows, int Imported, int Skipped);
}
