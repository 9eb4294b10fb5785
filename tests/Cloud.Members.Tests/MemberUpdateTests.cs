using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Members.Domain.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

public sealed class MemberUpdateTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Updated_facts_are_published_as_statistics_with_the_previous_version()
    {
        await using var events = await TestBus<MemberFactsChanged>.StartAsync(TestEnvironment.AmqpUrl);
        var nationalId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var id = await _county.RegisterAsync(_county.Request(nationalId));
        using var admin = _county.Admin();

        var updated = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(nationalId) with { Name = "张建军", Education = "Postgraduate", Ethnicity = "回族", Phone = "13700002222" });
        var changed = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count > 0, TimeSpan.FromSeconds(15), "the change is published");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("张建军", "Postgraduate", "13700002222"), (body.GetProperty("name").GetString(), body.GetProperty("education").GetString(), body.GetProperty("phone").GetString()));
        var message = Assert.Single(changed).Message;
        Assert.Equal(("CollegeOrAbove", true, false), (message.Facts.EducationBand, message.Facts.IsMinority, message.Previous.IsMinority));
        var published = JsonSerializer.Serialize(message);
        Assert.DoesNotContain(nationalId, published);
        Assert.DoesNotContain("张建", published);
        Assert.DoesNotContain("13700002222", published);
    }

    [Fact]
    public async Task A_corrected_national_id_is_resealed_and_frees_the_old_number()
    {
        var wrong = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var right = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var id = await _county.RegisterAsync(_county.Request(wrong));
        using var admin = _county.Admin();

        var corrected = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(right));
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        var oldNumberAgain = await admin.PostAsJsonAsync("/api/members", _county.Request(wrong));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(right, read.GetProperty("nationalId").GetString());
        Assert.Equal(HttpStatusCode.Created, oldNumberAgain.StatusCode);
    }

    [Fact]
    public async Task Another_members_national_id_is_refused_with_409()
    {
        var taken = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        await _county.RegisterAsync(_county.Request(taken));
        var id = await _county.RegisterAsync();
        using var admin = _county.Admin();

        var response = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(taken));

        (await response.AssertProblemAsync(HttpStatusCode.Conflict)).AssertFieldError("nationalId");
    }

    [Fact]
    public async Task An_update_is_validated_like_a_registration_and_moves_neither_branch_nor_status()
    {
        var nationalId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var id = await _county.RegisterAsync(_county.Request(nationalId));
        using var admin = _county.Admin();

        var badId = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(TestNationalIds.WithBadCheckDigit(nationalId)));
        var moved = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(nationalId, organizationId: _county.OtherBranch.Id));
        var probationary = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request(nationalId, status: "Probationary"));

        (await badId.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("nationalId");
        (await moved.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        (await probationary.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("status");
    }

    [Fact]
    public async Task A_secretary_updates_members_of_their_branch_only()
    {
        var own = await _county.RegisterAsync();
        var elsewhere = await _county.RegisterAsync(_county.Request(organizationId: _county.OtherBranch.Id));
        using var secretary = _county.Secretary("secretary-south");

        var ownUpdate = await secretary.PutAsJsonAsync($"/api/members/{own}", _county.Request() with { NationalId = null });
        var otherUpdate = await secretary.PutAsJsonAsync($"/api/members/{elsewhere}", _county.Request(organizationId: _county.OtherBranch.Id));

        Assert.Equal(HttpStatusCode.OK, ownUpdate.StatusCode); // without the whole ID, which a secretary never sees: it stays
        Assert.True((await ownUpdate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nationalIdMasked").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, otherUpdate.StatusCode);
    }
}
