using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>软弱涣散 flags (<c>WeakOrganization</c>): a deadline after flagging, one open flag at a time, indicator 45.</summary>
public sealed class RatingWeakOrganizationTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    [Fact]
    public async Task Weak_flag_needs_deadline_after_flagging()
    {
        var village = await Client.RegisterVillageAsync("东坡村党支部");
        var flaggedOn = UnitRatingTestApi.Today.AddMonths(-2);

        var same = await FlagAsync(village, new { flaggedOn, rectificationDeadline = flaggedOn });
        var before = await FlagAsync(village, new { flaggedOn, rectificationDeadline = flaggedOn.AddDays(-1) });
        var after = await FlagAsync(village, new { flaggedOn, rectificationDeadline = flaggedOn.AddDays(1), reason = "班子不团结" });

        (await same.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("rectificationDeadline");
        (await before.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("rectificationDeadline");
        var flag = await after.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("班子不团结", flag.GetProperty("reason").GetString());
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "weak_organization_flags"));
    }

    [Fact]
    public async Task One_open_weak_flag_at_a_time()
    {
        var village = await Client.RegisterVillageAsync("西坡村党支部");
        var flaggedOn = UnitRatingTestApi.Today.AddMonths(-6);
        var first = await (await FlagAsync(village, new { flaggedOn, rectificationDeadline = flaggedOn.AddMonths(3) })).OkJsonAsync(HttpStatusCode.Created);

        var second = await FlagAsync(village, new { flaggedOn = flaggedOn.AddDays(10), rectificationDeadline = flaggedOn.AddMonths(4) });
        var rectified = await Client.PostAsJsonAsync($"/api/organizations/{village}/weak/{first.GetProperty("id").GetGuid()}/rectified", new { rectifiedOn = flaggedOn.AddMonths(2) });
        var rectifiedAgain = await Client.PostAsJsonAsync($"/api/organizations/{village}/weak/{first.GetProperty("id").GetGuid()}/rectified", new { rectifiedOn = flaggedOn.AddMonths(2) });
        var third = await FlagAsync(village, new { flaggedOn = flaggedOn.AddMonths(5), rectificationDeadline = flaggedOn.AddMonths(9) });

        await second.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(flaggedOn.AddMonths(2), DateOnly.Parse((await rectified.OkJsonAsync()).GetProperty("rectifiedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        await rectifiedAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        await third.OkJsonAsync(HttpStatusCode.Created);
        var flags = await Client.GetJsonAsync($"/api/organizations/{village}/weak");
        Assert.Equal(2, flags.GetArrayLength());
    }

    [Fact]
    public async Task Two_flags_at_once_leave_one_open()
    {
        var village = await Client.RegisterVillageAsync("并发村党支部");
        var flaggedOn = UnitRatingTestApi.Today.AddDays(-3);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FlagAsync(village, new { flaggedOn, rectificationDeadline = flaggedOn.AddMonths(3) })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "weak_organization_flags"));
    }

    [Fact]
    public async Task Weak_list_counts_flagged_rectified_and_overdue_in_the_year()
    {
        var year = UnitRatingTestApi.ThisYear - 1;
        var rectifiedInTime = await Client.RegisterVillageAsync("按期整顿村党支部");
        var overdue = await Client.RegisterVillageAsync("逾期未整顿村党支部");
        var lastYearsFlag = await Client.RegisterVillageAsync("上年认定村党支部");
        var flag = await (await FlagAsync(rectifiedInTime, new { flaggedOn = new DateOnly(year, 2, 1), rectificationDeadline = new DateOnly(year, 8, 1) })).OkJsonAsync(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync($"/api/organizations/{rectifiedInTime}/weak/{flag.GetProperty("id").GetGuid()}/rectified", new { rectifiedOn = new DateOnly(year, 7, 1) })).OkJsonAsync();
        await (await FlagAsync(overdue, new { flaggedOn = new DateOnly(year, 3, 1), rectificationDeadline = new DateOnly(year, 9, 1) })).OkJsonAsync(HttpStatusCode.Created);
        var old = await (await FlagAsync(lastYearsFlag, new { flaggedOn = new DateOnly(year - 1, 11, 1), rectificationDeadline = new DateOnly(year, 5, 1) })).OkJsonAsync(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync($"/api/organizations/{lastYearsFlag}/weak/{old.GetProperty("id").GetGuid()}/rectified", new { rectifiedOn = new DateOnly(year, 4, 1) })).OkJsonAsync();

        var weak = await Client.GetJsonAsync($"/api/organizations/weak?year={year}");
        var before = await Client.GetJsonAsync($"/api/organizations/weak?year={year - 1}");

        Assert.Equal(new DateOnly(year, 12, 31).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), weak.GetProperty("asOf").GetString());
        Assert.Equal(2, weak.GetProperty("flagged").GetInt32());
        Assert.Equal(2, weak.GetProperty("rectified").GetInt32());
        Assert.Equal(1, weak.GetProperty("open").GetInt32());
        Assert.Equal(1, weak.GetProperty("overdue").GetInt32());
        Assert.Equal(3, weak.GetProperty("flags").GetArrayLength());
        Assert.True(weak.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("organizationId").GetGuid() == overdue).GetProperty("overdue").GetBoolean());
        Assert.Equal((1, 0, 1, 0), (before.GetProperty("flagged").GetInt32(), before.GetProperty("rectified").GetInt32(), before.GetProperty("open").GetInt32(), before.GetProperty("overdue").GetInt32()));
    }

    [Fact]
    public async Task Bad_weak_flag_input_is_refused_and_nothing_written()
    {
        var village = await Client.RegisterVillageAsync("南坡村党支部");
        var today = UnitRatingTestApi.Today;
        var flag = await (await FlagAsync(village, new { flaggedOn = today.AddDays(-30), rectificationDeadline = today.AddDays(60) })).OkJsonAsync(HttpStatusCode.Created);
        var flagId = flag.GetProperty("id").GetGuid();
        var other = await Client.RegisterVillageAsync("北坡村党支部");

        var missing = await FlagAsync(other, new { });
        var future = await FlagAsync(other, new { flaggedOn = today.AddDays(1), rectificationDeadline = today.AddDays(90) });
        var longReason = await FlagAsync(other, new { flaggedOn = today, rectificationDeadline = today.AddDays(90), reason = new string('因', 501) });
        var badDate = await Client.PostAsync($"/api/organizations/{other}/weak", new StringContent("{\"flaggedOn\":\"2025-13-45\"}", System.Text.Encoding.UTF8, "application/json"));
        var noRectifiedOn = await Client.PostAsJsonAsync($"/api/organizations/{village}/weak/{flagId}/rectified", new { });
        var rectifiedBeforeFlag = await Client.PostAsJsonAsync($"/api/organizations/{village}/weak/{flagId}/rectified", new { rectifiedOn = today.AddDays(-31) });
        var rectifiedTomorrow = await Client.PostAsJsonAsync($"/api/organizations/{village}/weak/{flagId}/rectified", new { rectifiedOn = today.AddDays(1) });
        var otherOrgsFlag = await Client.PostAsJsonAsync($"/api/organizations/{other}/weak/{flagId}/rectified", new { rectifiedOn = today });

        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("flaggedOn");
        problem.AssertFieldError("rectificationDeadline");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("flaggedOn");
        (await longReason.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("reason");
        await badDate.AssertProblemAsync(HttpStatusCode.BadRequest);
        (await noRectifiedOn.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("rectifiedOn");
        (await rectifiedBeforeFlag.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("rectifiedOn");
        (await rectifiedTomorrow.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("rectifiedOn");
        Assert.Equal(HttpStatusCode.NotFound, otherOrgsFlag.StatusCode);
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "weak_organization_flags"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "weak_organization_flags WHERE rectified_on IS NULL"));
    }

    private Task<HttpResponseMessage> FlagAsync(Guid organization, object body) =>
        Client.PostAsJsonAsync($"/api/organizations/{organization}/weak", body);
}
