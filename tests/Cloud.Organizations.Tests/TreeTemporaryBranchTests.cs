using System.Net;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Organizations.Events;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.Organizations.Tests;

/// <summary>临时党支部 are dissolved when their task ends (domain.md §3.1), by the hourly sweep.</summary>
public sealed class TreeTemporaryBranchTests : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly OrganizationsHost _organizations;
    private readonly string _county = Counties.New();
    private readonly TreeTestClient _tree;

    public TreeTemporaryBranchTests(OrganizationsHost organizations)
    {
        _organizations = organizations;
        _tree = new(organizations, _county);
    }

    private TemporaryBranchExpiry Sweep => _organizations.Host.Services.GetServices<IHostedService>().OfType<TemporaryBranchExpiry>().Single();

    [Fact]
    public async Task Temporary_branch_dissolves_when_task_ends()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var ended = await _tree.RegisterAsync("东镇防汛临时党支部", "Branch", committee, kind: "Temporary", temporaryTaskEndsOn: "2025-06-30");
        var group = await _tree.RegisterAsync("防汛第一党小组", "PartyGroup", ended);
        var running = await _tree.RegisterAsync("东镇项目临时党支部", "Branch", committee, kind: "Temporary",
            temporaryTaskEndsOn: TreeTestClient.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(_county, await Sweep.CountiesWithExpiredBranchesAsync(CancellationToken.None));
        await Sweep.DissolveExpiredTemporaryBranchesAsync(_county, CancellationToken.None);
        var second = await Sweep.DissolveExpiredTemporaryBranchesAsync(_county, CancellationToken.None);

        Assert.Equal(0, second);
        Assert.DoesNotContain(_county, await Sweep.CountiesWithExpiredBranchesAsync(CancellationToken.None));
        var branch = await _tree.GetAsync(ended);
        Assert.Equal("Dissolved", branch.GetProperty("status").GetString());
        Assert.Equal("2025-06-30", branch.GetProperty("dissolvedOn").GetString());
        Assert.Equal("Dissolved", (await _tree.GetAsync(group)).GetProperty("status").GetString());
        Assert.Equal("Active", (await _tree.GetAsync(running)).GetProperty("status").GetString());
        foreach (var id in new[] { ended, group })
        {
            Assert.Equal(1, await _tree.CountAsync($"outbox WHERE type = '{typeof(OrganizationDissolved).FullName}' AND payload->>'OrganizationId' = '{id}' AND payload->>'Reason' = 'TaskEnded' AND payload->>'EffectiveOn' = '2025-06-30'"));
        }

        Assert.Contains(ended, TreeTestClient.Ids(await _tree.TreeAsync("2025-06-29")));
        Assert.DoesNotContain(ended, TreeTestClient.Ids(await _tree.TreeAsync("2025-06-30")));
    }

    [Fact]
    public async Task Task_end_only_for_temporary_branches_and_not_before_establishment()
    {
        var standard = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "东坡村党支部", type = "Branch", temporaryTaskEndsOn = "2026-01-01" });
        var beforeStart = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "防汛临时党支部", type = "Branch", kind = "Temporary", establishedOn = "2025-06-01", temporaryTaskEndsOn = "2025-05-01" });

        (await standard.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("temporaryTaskEndsOn");
        (await beforeStart.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("temporaryTaskEndsOn");
        Assert.Equal(0, await _tree.CountAsync("organizations"));
    }

    public void Dispose() => _tree.Dispose();
}
