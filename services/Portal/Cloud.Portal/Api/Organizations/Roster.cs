namespace Cloud.Portal.Api.Organizations;

/// <summary>The members on an organization's roll (its subtree), to name post holders and pick them in forms.</summary>
public sealed class Roster(IReadOnlyList<RosterMember> members)
{
    public static Roster Empty { get; } = new([]);

    public IReadOnlyList<RosterMember> Members { get; } = members;

    /// <summary>The member's name, or a short form of the id for one not on this roll (a cadre sent from elsewhere).</summary>
    public string Name(Guid memberId) => Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? $"党员（编号 {memberId.ToString()[..8]}）";

    /// <summary>Reads the roll through the Members API (current members, up to 200).</summary>
    public static async Task<Roster> ReadAsync(GatewayApi api, Guid organizationId)
    {
        var page = await api.GetAsync<RosterPage>($"/api/members/search?organizationId={organizationId}&limit=200");
        return page.Succeeded ? new Roster(page.Value.Items) : Empty;
    }
}
