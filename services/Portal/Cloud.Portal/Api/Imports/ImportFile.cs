namespace Cloud.Portal.Api.Imports;

/// <summary>A file the user chose, held in memory so the preview and the import send the same bytes.</summary>
public sealed record ImportFile(byte[] Content, string Name, string ContentType)
{
    public Stream Open() => new MemoryStream(Content, writable: false);
}
