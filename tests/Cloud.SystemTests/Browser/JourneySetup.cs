using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;
using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>What the member-area journeys start from (branches, members), set up through the API as the county administrator, and the dialog controls they fill.</summary>
public static class JourneySetup
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<Guid> RegisterBranchAsync(TestCounty county, string name) =>
        (await county.PostAsync("/api/organizations", new { name, type = "Branch" })).GetProperty("id").GetGuid();

    /// <summary>A full member of the branch, registered once the Members service knows the branch (it learns the tree from events).</summary>
    public static async Task<Guid> RegisterMemberAsync(TestCounty county, string name, int i, Guid branch)
    {
        var request = new
        {
            name, nationalId = MemberRoster.NationalIdOf(i), gender = i % 2 == 0 ? "Female" : "Male", ethnicity = "汉族", birthDate = MemberRoster.BirthDateOf(i),
            education = "Undergraduate", occupation = "Worker", employmentStatus = "Active", status = "Full",
            admissionApprovedOn = new DateOnly(1990, 7, 1), probationStartOn = new DateOnly(1990, 7, 1), confirmedOn = new DateOnly(1991, 7, 1),
            organizationId = branch,
        };
        var created = await Eventually.WaitAsync(
            () => county.Api.PostAsJsonAsync("/api/members", request), r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30), "the Members service knows the branch");
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Types into an autocomplete (found by its label) and picks the offered item that reads <paramref name="option"/>; types
    /// again when nothing is offered (text typed while a dialog is still opening may reach the input before its handlers).
    /// </summary>
    public static async Task PickAsync(IPage page, ILocator scope, string label, string typed, string option)
    {
        var input = scope.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });
        var offered = page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First;
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(string.Empty);
            await input.PressSequentiallyAsync(typed);
            try
            {
                await offered.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }

        await offered.ClickAsync();
    }

    /// <summary>Opens a select (found by its label text) and chooses an item.</summary>
    public static async Task SelectAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-select", new LocatorLocatorOptions { HasTextString = label }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
    }
}
