using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Every tree write raises its events through the outbox, in its own transaction, each exactly once.</summary>
public sealed class TreeEventTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Each_tree_write_raises_its_event_once()
    {
        var east = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var west = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", east);
        var source = await _tree.RegisterAsync("东坡村党支部", "Branch", east);
        var target = await _tree.RegisterAsync("西坡村党支部", "Branch", east);
        var group = await _tree.RegisterAsync("东坡第一党小组", "PartyGroup", source);
        var splitting = await _tree.RegisterAsync("机关第一党支部", "Branch", general);
        var splitGroup = await _tree.RegisterAsync("机关第一党小组", "PartyGroup", splitting);
        var closing = await _tree.RegisterAsync("南坡村党支部", "Branch", east);
        var proposed = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "北坡村党支部", type = "Branch", parentId = east, status = "Proposed", establishedOn = TreeTestClient.Established });
        var approving = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await _tree.OkAsync(source, "rename", new { name = "东坡村第一党支部", effectiveOn = "2025-01-10" });
        await _tree.OkAsync(general, "move", new { parentId = west, effectiveOn = "2025-02-01" });
        await _tree.OkAsync(source, "merge", new { targetId = target, effectiveOn = "2025-03-01" });
        var split = await _tree.OkAsync(splitting, "split", new { parts = new[] { new { name = "机关甲支部" }, new { name = "机关乙支部" } }, effectiveOn = "2025-04-01" });
        await _tree.OkAsync(closing, "dissolve", new { effectiveOn = "2025-05-01" });
        await _tree.OkAsync(target, "restructuring", new { effectiveOn = "2025-06-01" });
        await _tree.OkAsync(target, "restructuring/end", new { effectiveOn = "2025-06-02" });
        await _tree.OkAsync(approving, "approve", new { approvalDocNo = "东组复〔2025〕7号", approvedOn = "2025-07-01" });

        Assert.Equal(1, await _tree.EventsAsync<OrganizationRenamed>(source));
        Assert.Equal(1, await _tree.EventsAsync<OrganizationMoved>(general));
        Assert.Equal(1, await _tree.EventsAsync<OrganizationsMerged>(source, "SourceOrganizationId"));
        Assert.Equal(1, await _tree.EventsAsync<OrganizationMoved>(group));
        Assert.Equal(1, await _tree.EventsAsync<OrganizationMoved>(splitGroup));
        Assert.Equal(1, await _tree.EventsAsync<OrganizationSplit>(splitting, "SourceOrganizationId"));
        foreach (var part in split.GetProperty("parts").EnumerateArray())
        {
            Assert.Equal(1, await _tree.EventsAsync<OrganizationRegistered>(part.GetProperty("id").GetGuid()));
        }

        Assert.Equal(1, await _tree.CountAsync($"outbox WHERE type = '{typeof(OrganizationDissolved).FullName}' AND payload->>'OrganizationId' = '{source}' AND payload->>'Reason' = 'Merged'"));
        Assert.Equal(1, await _tree.CountAsync($"outbox WHERE type = '{typeof(OrganizationDissolved).FullName}' AND payload->>'OrganizationId' = '{splitting}' AND payload->>'Reason' = 'Split'"));
        Assert.Equal(1, await _tree.CountAsync($"outbox WHERE type = '{typeof(OrganizationDissolved).FullName}' AND payload->>'OrganizationId' = '{closing}' AND payload->>'Reason' = 'Dissolved' AND payload->>'EffectiveOn' = '2025-05-01'"));
        Assert.Equal(2, await _tree.EventsAsync<OrganizationStatusChanged>(target));
        Assert.Equal(1, await _tree.CountAsync($"outbox WHERE type = '{typeof(OrganizationStatusChanged).FullName}' AND payload->>'OrganizationId' = '{approving}' AND payload->>'NewStatus' = 'Active'"));
        // Nothing else: 10 registrations, 2 parts, rename, 3 moves, merge, split, 3 dissolutions, 3 status changes.
        Assert.Equal(24, await _tree.CountAsync("outbox"));
    }

    [Fact]
    public async Task A_refused_write_raises_nothing()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);

        await _tree.PostAsync(committee, "dissolve");
        await _tree.PostAsync(committee, "move", new { parentId = branch });
        await _tree.PostAsync(branch, "rename", new { name = "东坡村党支部改", effectiveOn = "2023-01-01" });

        Assert.Equal(2, await _tree.CountAsync("outbox"));
    }

    public void Dispose() => _tree.Dispose();
}
