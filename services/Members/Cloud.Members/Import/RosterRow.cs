using Cloud.Members.Domain.Members;

namespace Cloud.Members.Import;

/// <summary>
/// One member of an uploaded roster: its row as Excel shows it, and what could be read. <see cref="NationalId"/> is set
/// whenever the number itself is valid (so duplicates are found even on rows with other errors); <see cref="Facts"/> only
/// when the whole row is.
/// </summary>
public sealed record RosterRow(int Number, string? Name, NationalId? NationalId, MemberFacts? Facts)
{
    public bool IsValid => Facts is not null;
}
