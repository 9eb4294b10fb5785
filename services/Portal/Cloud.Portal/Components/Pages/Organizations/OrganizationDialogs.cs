using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Cloud.Portal.Components.Pages.Organizations;

/// <summary>How the organization pages open their action dialogs and say that an action was done.</summary>
public static class OrganizationDialogs
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Opens the dialog; true (and a success message) when the action was done, false when it was cancelled.</summary>
    public static async Task<bool> OpenAsync<TDialog>(this IDialogService dialogs, ISnackbar snackbar, string done, DialogParameters<TDialog>? parameters = null)
        where TDialog : IComponent
    {
        var dialog = await dialogs.ShowAsync<TDialog>(string.Empty, parameters ?? [], Options);
        if (await dialog.Result is not { Canceled: false })
        {
            return false;
        }

        snackbar.Add(done, Severity.Success);
        return true;
    }

    /// <summary>Opens the dialog and, when the action was done, reads the page again.</summary>
    public static async Task ActAsync<TDialog>(this IDialogService dialogs, ISnackbar snackbar, string done, DialogParameters<TDialog> parameters, Func<Task> reload)
        where TDialog : IComponent
    {
        if (await dialogs.OpenAsync(snackbar, done, parameters))
        {
            await reload();
        }
    }
}
