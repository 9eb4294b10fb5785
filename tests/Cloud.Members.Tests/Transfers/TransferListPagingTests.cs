using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Api;
using Cloud.Testing;

namespace Cloud.Members.Tests.Transfers;

/// <summary>The letters out and the transfers in page by keyset: every transfer once, in the whole list's order.</summary>
public sealed class TransferListPagingTests(MembersHost members) : TransferTests(members)
{
    [Fact]
    public async Task Outgoing_letters_page_newest_first_and_every_letter_comes_once()
    {
        var c = Three;
        for (var day = 4; day >= 0; day--)
        {
            var (memberId, _) = await c.RegisterInAAsync();
            if (day % 2 == 0)
            {
                await c.IssueToBAsync(memberId, TransferCounties.Today.AddDays(-day));
            }
            else
            {
                var outside = await c.AdminA.PostAsJsonAsync($"/api/members/{memberId}/transfers/out",
                    new TransferLetterRequest(null, "北京市海淀区某街道党工委", "JobChange", $"陈组外转〔2026〕{day}号", TransferCounties.Today.AddDays(-day)));
                Assert.Equal(HttpStatusCode.Created, outside.StatusCode);
            }
        }

        var whole = Ids(await TransferCounties.ListAsync(c.AdminA, Outgoing));
        var paged = await PagesAsync(c.AdminA, Outgoing + "?limit=2");
        var inTransit = await PagesAsync(c.AdminA, Outgoing + "?status=InTransit&limit=2");

        Assert.Equal(5, whole.Count);
        Assert.Equal(whole, paged.SelectMany(p => p).ToList());
        Assert.Equal([2, 2, 1, 0], paged.Select(p => p.Count));
        Assert.Equal(3, inTransit.Sum(p => p.Count));
        Assert.Equal(whole.Where(inTransit.SelectMany(p => p).Contains), inTransit.SelectMany(p => p));
        var issuedOn = (await TransferCounties.ListAsync(c.AdminA, Outgoing)).Select(t => t.GetProperty("issuedOn").GetString()).ToList();
        Assert.Equal(issuedOn.OrderDescending(StringComparer.Ordinal), issuedOn);
    }

    [Fact]
    public async Task Incoming_transfers_page_pending_first_then_decided_each_newest_first()
    {
        var c = Three;
        var letters = new List<Guid>();
        // One letter arrives before the next is issued: B lists by arrival, and letters on the broker at once may be
        // consumed in either order.
        for (var i = 0; i < 4; i++)
        {
            var (memberId, _) = await c.RegisterInAAsync();
            letters.Add((await c.IssueToBAsync(memberId)).GetProperty("id").GetGuid());
            await TransferCounties.WaitForAsync(c.AdminB, Incoming, letters[^1], "Pending");
        }

        // The oldest and the newest letters are decided; the middle two still wait.
        foreach (var id in new[] { letters[0], letters[3] })
        {
            var rejected = await c.AdminB.PostAsJsonAsync($"{Incoming}/{id}/reject", new RejectTransferRequest("接收支部与本人现居住地不符"));
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        var whole = await TransferCounties.ListAsync(c.AdminB, Incoming);
        var paged = await PagesAsync(c.AdminB, Incoming + "?limit=1");

        Assert.Equal(["Pending", "Pending", "Rejected", "Rejected"], whole.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal([letters[2], letters[1], letters[3], letters[0]], Ids(whole));
        Assert.Equal(Ids(whole), paged.SelectMany(p => p).ToList());
        Assert.Equal([1, 1, 1, 1, 0], paged.Select(p => p.Count));
    }

    [Theory]
    [InlineData(Outgoing + "?limit=0")]
    [InlineData(Outgoing + "?limit=501")]
    [InlineData(Incoming + "?limit=0")]
    public async Task Page_size_outside_one_to_five_hundred_is_refused(string path)
    {
        var response = await Three.AdminA.GetAsync(path);

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("limit");
    }

    [Fact]
    public async Task A_letter_the_caller_cannot_see_continues_nothing()
    {
        var c = Three;
        var (inBranch, _) = await c.RegisterInAAsync();
        var (inOtherBranch, _) = await c.RegisterInAAsync(c.OtherBranchA.Id);
        var outOfScope = (await c.IssueToBAsync(inBranch, TransferCounties.Today)).GetProperty("id").GetGuid();
        await c.IssueToBAsync(inOtherBranch, TransferCounties.Today.AddDays(-1));
        using var otherBranchAdmin = Members.ClientFor(TestTokens.Scoped(c.A, c.OtherBranchA.Id));

        Assert.Single(await TransferCounties.ListAsync(otherBranchAdmin, Outgoing));
        Assert.Empty(await TransferCounties.ListAsync(otherBranchAdmin, $"{Outgoing}?after={outOfScope}"));
        Assert.Single(await TransferCounties.ListAsync(c.AdminA, $"{Outgoing}?after={outOfScope}"));
        Assert.Empty(await TransferCounties.ListAsync(c.AdminA, $"{Outgoing}?after={Guid.NewGuid()}"));
    }

    private static List<Guid> Ids(IEnumerable<JsonElement> transfers) => [.. transfers.Select(t => t.GetProperty("id").GetGuid())];

    /// <summary>Follows <c>after</c> from the first page until a page comes back empty.</summary>
    private static async Task<List<List<Guid>>> PagesAsync(HttpClient client, string firstPage)
    {
        var pages = new List<List<Guid>>();
        var path = firstPage;
        while (true)
        {
            var page = Ids(await TransferCounties.ListAsync(client, path));
            pages.Add(page);
            if (page.Count == 0 || pages.Count > 20)
            {
                return pages;
            }

            path = $"{firstPage}&after={page[^1]}";
        }
    }
}
