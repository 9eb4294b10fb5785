namespace Cloud.Portal.Api.Imports;

/// <summary>
/// One of the imports the wizard runs (the roster, the organization list): its endpoints, the gateway's body limit for
/// them, the template's columns and the words the result shows.
/// </summary>
public abstract class ImportKind
{
    /// <summary>What the file is, e.g. 党员花名册.</summary>
    public abstract string Name { get; }

    /// <summary>The gateway's body limit for the import's route.</summary>
    public abstract long MaxBytes { get; }

    public abstract IReadOnlyList<TemplateColumn> Columns { get; }

    /// <summary>Where the imported records are seen (result step link): href and text.</summary>
    public abstract (string Href, string Text) ResultLink { get; }

    /// <summary>Whether rows already in the county may be skipped (re-importing a file).</summary>
    public virtual bool CanSkipExisting => false;

    /// <summary>Whether the import reports its progress while it runs (otherwise the bar is indeterminate).</summary>
    public virtual bool ReportsProgress => false;

    public string TemplateFileName => $"{Name}导入模板.xlsx";

    public string MaxSizeText => $"{MaxBytes / (1024 * 1024)} MB";

    public abstract Task<ApiResult<ImportPreview>> PreviewAsync(GatewayApi api, ImportFile file, bool skipExisting, CancellationToken cancellationToken);

    /// <summary>Imports the file; <paramref name="progress"/> hears each step while the request runs.</summary>
    public abstract Task<ApiResult<ImportOutcome>> ImportAsync(
        GatewayApi api, ImportFile file, bool skipExisting, Guid? importId, Func<ImportStep, Task> progress, CancellationToken cancellationToken);

    protected static ApiResult<TOut> Map<TIn, TOut>(ApiResult<TIn> result, Func<TIn, TOut> map) =>
        result.Succeeded ? ApiResult.Ok(map(result.Value)) : ApiResult.Failed<TOut>(result.Problem);
}
