namespace Cloud.Portal.Api.Imports;

/// <summary>GET /api/members/imports/{importId}: the fields the progress bar reads.</summary>
public sealed record ImportProgressResponse(string Status, string Phase, int RowsDone, int RowsTotal, int Percent, IReadOnlyList<ImportRowError> Errors)
{
    public string PhaseText => Phase switch
    {
        "Reading" => "正在读取文件",
        "Checking" => $"正在检查第 {RowsDone} / {RowsTotal} 行",
        "Writing" => $"正在写入第 {RowsDone} / {RowsTotal} 名党员",
        _ => "已完成",
    };

    public bool Finished => Status != "Running";
}
