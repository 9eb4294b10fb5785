using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Contracts.Training;
using Cloud.Members.Data;
using Cloud.Members.Domain.Development;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Members.Tests.Development;

/// <summary>Cases end to end through the API, the database and RabbitMQ.</summary>
public sealed class AdmissionPipelineTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private readonly DevelopmentCounty _county = new(members);

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    [Fact]
    public async Task A_case_from_application_to_full_member_creates_the_member_and_publishes_statistics_only()
    {
        await using var stages = await TestBus<DevelopmentStageChanged>.StartAsync(TestEnvironment.AmqpUrl);
        await using var registered = await TestBus<MemberRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        Guid[] sponsors = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var applied = new DateOnly(2022, 1, 10);
        var born = new DateOnly(1990, 2, 14);
        var nationalId = TestNationalIds.For(born, Domain.Members.Gender.Male);
        var opened = await (await _county.Admin.PostAsJsonAsync("/api/members/development", DevelopmentCounty.Application(applied, _county.Branch.Id, nationalId, born)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var caseId = opened.GetProperty("id").GetGuid();

        await _county.WalkAsync(caseId, applied, DevelopmentStep.CommitteeApproval, sponsors);
        var admitted = await _county.GetAsync(caseId);
        var memberId = admitted.GetProperty("memberId").GetGuid();
        var probationary = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        await _county.WalkAsync(caseId, applied, DevelopmentStep.Archive, sponsors, [.. DevelopmentSteps.All.Where(s => s <= DevelopmentStep.CommitteeApproval)]);
        var confirmed = await _county.GetAsync(caseId);
        var full = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var stageEvents = await Eventually.WaitAsync(
            () => Task.FromResult(stages.Received.Where(e => e.Message.CaseId == caseId).Select(e => e.Message).DistinctBy(e => e.EventId).OrderBy(e => e.OccurredAt).ToList()),
            e => e.Count >= 5, TimeSpan.FromSeconds(20), "five stage changes are published");
        var memberEvent = await Eventually.WaitAsync(
            () => Task.FromResult(registered.Received.Where(e => e.Message.MemberId == memberId).Select(e => e.Message).ToList()),
            e => e.Count > 0, TimeSpan.FromSeconds(20), "the new member is published");

        Assert.Equal(("Applicant", "2014"), (opened.GetProperty("stage").GetString(), opened.GetProperty("ruleSetCode").GetString()));
        Assert.Equal(("Probationary", "2024-07-10"), (admitted.GetProperty("stage").GetString(), admitted.GetProperty("probationEndsOn").GetString()));
        Assert.Equal(("Probationary", "2023-08-10", "2023-07-10"), (probationary.GetProperty("status").GetString(), probationary.GetProperty("admissionApprovedOn").GetString(), probationary.GetProperty("probationStartOn").GetString()));
        Assert.Equal(("Full", "2024-07-10"), (confirmed.GetProperty("stage").GetString(), confirmed.GetProperty("confirmedOn").GetString()));
        Assert.Equal(("Full", "2024-07-10", "Current"), (full.GetProperty("status").GetString(), full.GetProperty("confirmedOn").GetString(), full.GetProperty("state").GetString()));
        Assert.Equal(_county.Branch.Id, full.GetProperty("organizationId").GetGuid());
        Assert.Equal(["Applicant", "Activist", "Candidate", "Probationary", "Full"], stageEvents.Select(e => e.Stage));
        Assert.All(stageEvents, e => Assert.Equal((_county.Branch.Id, "Male", 1990, true, "CollegeOrAbove"), (e.OrganizationId, e.Gender, e.BirthYear, e.IsMinority, e.EducationBand)));
        Assert.Equal(memberId, stageEvents[^1].MemberId);
        Assert.Equal("Probationary", Assert.Single(memberEvent).Facts.MembershipStatus);
        var published = JsonSerializer.Serialize(stageEvents) + JsonSerializer.Serialize(memberEvent);
        Assert.DoesNotContain(nationalId, published);
        Assert.DoesNotContain("王建国", published);
        Assert.False(confirmed.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Training_completed_in_the_training_service_is_recorded_as_step_11_once()
    {
        Guid[] sponsors = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var applied = new DateOnly(2024, 3, 1);
        var caseId = (await _county.OpenAsync(applied)).GetProperty("id").GetGuid();
        await _county.WalkAsync(caseId, applied, DevelopmentStep.PoliticalReview, sponsors);
        var refusedBefore = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.BranchCommitteeReview, DevelopmentTimeline.RecordFor(applied, DevelopmentStep.BranchCommitteeReview, sponsors));
        await using var training = await TestBus<CandidateTrainingCompleted>.StartAsync(TestEnvironment.AmqpUrl);
        var completed = new CandidateTrainingCompleted(_county.County, Guid.NewGuid(), DateTimeOffset.UtcNow, caseId, 3.5m, 28, new DateOnly(2025, 7, 5));

        await training.PublishAsync(completed);
        await training.PublishAsync(completed); // a redelivery
        var recorded = await Eventually.WaitAsync(
            async () => DevelopmentCounty.Step(await _county.GetAsync(caseId), DevelopmentStep.CandidateTraining),
            s => s.GetProperty("done").GetBoolean(), TimeSpan.FromSeconds(20), "the training reaches the case");
        await Task.Delay(500); // room for the redelivery to be (not) applied
        var after = DevelopmentCounty.Step(await _county.GetAsync(caseId), DevelopmentStep.CandidateTraining);
        var review = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.BranchCommitteeReview, DevelopmentTimeline.RecordFor(applied, DevelopmentStep.BranchCommitteeReview, sponsors));

        Assert.Equal("M10", (await refusedBefore.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        var decision = Assert.Single(after.GetProperty("decisions").EnumerateArray());
        Assert.Equal(("TrainingService", 3.5m, 28m, "2025-07-05"), (decision.GetProperty("source").GetString(), decision.GetProperty("trainingDays").GetDecimal(), decision.GetProperty("classHours").GetDecimal(), decision.GetProperty("decidedOn").GetString()));
        Assert.True(recorded.GetProperty("done").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
    }

    [Fact]
    public async Task Training_for_a_case_that_is_not_yet_a_candidate_is_consumed_but_not_recorded()
    {
        var caseId = (await _county.OpenAsync(new DateOnly(2025, 1, 6))).GetProperty("id").GetGuid();
        await using var training = await TestBus<CandidateTrainingCompleted>.StartAsync(TestEnvironment.AmqpUrl);
        var early = new CandidateTrainingCompleted(_county.County, Guid.NewGuid(), DateTimeOffset.UtcNow, caseId, 3, 24, new DateOnly(2025, 3, 1));
        var unknown = early with { EventId = Guid.NewGuid(), CaseId = Guid.NewGuid() };

        await training.PublishAsync(early);
        await training.PublishAsync(unknown);
        await Eventually.WaitAsync(() => ConsumedAsync(early.EventId, unknown.EventId), n => n == 2, TimeSpan.FromSeconds(20), "both events are consumed");
        var c = await _county.GetAsync(caseId);

        Assert.False(DevelopmentCounty.Step(c, DevelopmentStep.CandidateTraining).GetProperty("done").GetBoolean());
        Assert.Equal("Applicant", c.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Two_people_recording_the_same_step_at_once_cannot_both_win()
    {
        var caseId = (await _county.OpenAsync(new DateOnly(2025, 2, 3))).GetProperty("id").GetGuid();
        using var first = members.Services.CreateScope();
        using var second = members.Services.CreateScope();
        var (a, b) = (Db(first), Db(second));
        var (caseA, caseB) = (await a.DevelopmentCases.Include(c => c.Decisions).SingleAsync(c => c.Id == caseId), await b.DevelopmentCases.Include(c => c.Decisions).SingleAsync(c => c.Id == caseId));
        var talk = new StepRecord(new DateOnly(2025, 2, 20));

        Assert.Null(caseA.Record(DevelopmentStep.ApplicantTalk, talk, DevelopmentSettings.Defaults(), [], DecisionSource.Manual, DateTimeOffset.UtcNow));
        Assert.Null(caseB.Record(DevelopmentStep.ApplicantTalk, talk, DevelopmentSettings.Defaults(), [], DecisionSource.Manual, DateTimeOffset.UtcNow));
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        Assert.Single(DevelopmentCounty.Step(await _county.GetAsync(caseId), DevelopmentStep.ApplicantTalk).GetProperty("decisions").EnumerateArray());
    }

    private MembersDbContext Db(IServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set(_county.County);
        return db;
    }

    private async Task<int> ConsumedAsync(params Guid[] eventIds)
    {
        using var scope = members.Services.CreateScope();
        return await Db(scope).Inbox.CountAsync(m => eventIds.Contains(m.MessageId));
    }
}
