namespace Cloud.Members.Domain.Import;

public enum ImportStatus
{
    Running,

    /// <summary>Every row was imported (or skipped as already in the county, when asked).</summary>
    Succeeded,

    /// <summary>The file or some rows had errors: nothing was imported.</summary>
    Refused,

    /// <summary>Stopped by something unexpected (or its server stopped): nothing was imported.</summary>
    Failed,
}
