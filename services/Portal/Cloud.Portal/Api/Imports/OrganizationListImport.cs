namespace Cloud.Portal.Api.Imports;

/// <summary>The organization list (组织名单): /api/organizations/imports, one request without progress reports.</summary>
public sealed class OrganizationListImport : ImportKind
{
    public override string Name => "组织名单";

    // The gateway's route for /api/organizations/imports allows 8 MiB (ImportApi.MaxImportBodyBytes).
    public override long MaxBytes => 8 * 1024 * 1024;

    public override (string Href, string Text) ResultLink => ("organizations", "到组织架构查看");

    // The Organizations service's ImportColumns.
    public override IReadOnlyList<TemplateColumn> Columns { get; } =
    [
        new("组织名称", true, "全称，如 中共城关镇东街村支部委员会"),
        new("组织类型", true, "基层党委 / 党总支 / 党支部 / 党小组"),
        new("上级组织", false, "上级组织全称（本县已登记或本表中前面的行）"),
        new("支部类型", false, "标准 / 联合 / 临时 / 功能型 / 流动党员 / 楼幢 / 网格"),
        new("所属领域", false, "农村 / 社区 / 机关 / 事业单位 / 国有企业 / 非公企业 / 社会组织 / 学校 / 合作经济组织 / 园区 / 乡镇 / 其他"),
        new("所属乡镇", false, "如 城关镇"),
        new("书记ID", false, "书记的党员系统编号（可不填）"),
        new("状态", false, "筹建 / 正常（不填为正常）"),
    ];

    public override async Task<ApiResult<ImportPreview>> PreviewAsync(GatewayApi api, ImportFile file, bool skipExisting, CancellationToken cancellationToken) =>
        Map(await api.UploadAsync<Preview>("/api/organizations/imports/preview", file.Open(), file.Name, file.ContentType, cancellationToken),
            p => new ImportPreview(p.Rows, p.Valid, p.ToCreate, 0, p.Errors, null));

    public override async Task<ApiResult<ImportOutcome>> ImportAsync(
        GatewayApi api, ImportFile file, bool skipExisting, Guid? importId, Func<ImportStep, Task> progress, CancellationToken cancellationToken) =>
        Map(await api.UploadAsync<Result>("/api/organizations/imports", file.Open(), file.Name, file.ContentType, cancellationToken),
            r => new ImportOutcome([("登记组织", r.Created), ("配备书记", r.SecretariesAssigned)]));

    private sealed record Preview(int Rows, bool Valid, IReadOnlyList<ImportRowError> Errors, int ToCreate);

    private sealed record Result(int Created, int SecretariesAssigned);
}
