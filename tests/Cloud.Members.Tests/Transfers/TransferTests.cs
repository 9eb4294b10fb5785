namespace Cloud.Members.Tests.Transfers;

/// <summary>A class of transfer tests: three new counties (<see cref="TransferCounties"/>) for each test, on the class's Members host.</summary>
public abstract class TransferTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    protected const string Incoming = "/api/members/transfers/incoming";
    protected const string Outgoing = "/api/members/transfers/outgoing";

    protected MembersHost Members { get; } = members;

    protected TransferCounties Three { get; private set; } = null!;

    public async Task InitializeAsync() => Three = await TransferCounties.StartAsync(Members);

    public async Task DisposeAsync() => await Three.DisposeAsync();
}
