using Cloud.Portal.Api;
using Microsoft.JSInterop;

namespace Cloud.Portal.Components.Pages.Imports;

/// <summary>Hands a file the Portal holds (an export, a template) to the browser to save (wwwroot/portal.js).</summary>
public static class BrowserDownloads
{
    public static async Task SaveAsync(this IJSRuntime js, ApiFile file)
    {
        using var stream = new DotNetStreamReference(new MemoryStream(file.Content));
        await js.InvokeVoidAsync("cloudPortal.download", file.FileName, stream);
    }
}
